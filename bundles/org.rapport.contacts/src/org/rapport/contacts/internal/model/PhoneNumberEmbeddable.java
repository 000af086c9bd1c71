package org.rapport.contacts.internal.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A phone number as entered, with its label (mobile, work...). */
@Embeddable
public class PhoneNumberEmbeddable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "LABEL", length = 32)
    private String label;

    @Column(name = "NUMBER", length = 64, nullable = false)
    private String number;

    protected PhoneNumberEmbeddable() {
    }

    public PhoneNumberEmbeddable(String label, String number) {
        this.label = label == null ? "" : label;
        this.number = number;
    }

    public String getLabel() {
        return label;
    }

    public String getNumber() {
        return number;
    }

    /** The digits only (a leading + kept), for comparing numbers written differently. */
    public String normalized() {
        StringBuilder digits = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c) || (c == '+' && digits.isEmpty())) {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    @Override
    public String toString() {
        return label.isEmpty() ? number : number + " (" + label + ")";
    }
}
