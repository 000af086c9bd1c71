package org.rapport.contacts;

/** The orders a contacts list can be sorted in; each is an indexed column. */
public enum ContactSort {
    NAME("sortName"), EMAIL("primaryEmail"), ORGANIZATION("organizationName"), CITY("city"), OWNER("owner");

    private final String attribute;

    ContactSort(String attribute) {
        this.attribute = attribute;
    }

    /** The Person attribute sorted on. */
    public String attribute() {
        return attribute;
    }
}
