package org.rapport.contacts.model;

/** A phone number as entered, with its label (mobile, work...). Immutable. */
public final class PhoneNumber {

    private final String label;
    private final String number;

    public PhoneNumber(String label, String number) {
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
