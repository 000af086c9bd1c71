package org.rapport.contacts.model;

/** A person's sex as the person gave it; {@link #UNSPECIFIED} when not given. */
public enum Sex {
    UNSPECIFIED("unspecified"), FEMALE("female"), MALE("male"), DIVERSE("diverse");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
