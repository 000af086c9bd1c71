package org.rapport.contacts.internal.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An email address with its label (work, home...). */
@Embeddable
public class EmailAddressEmbeddable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "LABEL", length = 32)
    private String label;

    @Column(name = "ADDRESS", length = 254, nullable = false)
    private String address;

    protected EmailAddressEmbeddable() {
    }

    public EmailAddressEmbeddable(String label, String address) {
        this.label = label == null ? "" : label;
        this.address = address;
    }

    public String getLabel() {
        return label;
    }

    public String getAddress() {
        return address;
    }

    @Override
    public String toString() {
        return label.isEmpty() ? address : address + " (" + label + ")";
    }
}
