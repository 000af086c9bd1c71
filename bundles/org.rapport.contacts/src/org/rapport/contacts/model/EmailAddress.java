package org.rapport.contacts.model;

/** An email address with its label (work, home...). Immutable. */
public final class EmailAddress {

    private final String label;
    private final String address;

    public EmailAddress(String label, String address) {
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
