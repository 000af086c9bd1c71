package org.rapport.pipeline;

/** Sort columns of the opportunities table. */
public enum OpportunitySort {
    TITLE("title"), AMOUNT("amount"), PROBABILITY("probability"), EXPECTED_CLOSE("expectedClose"), OWNER("owner"),
    STAGE("stagePosition"), UPDATED("updatedAt");

    private final String attribute;

    OpportunitySort(String attribute) {
        this.attribute = attribute;
    }

    /** The entity attribute sorted by; for the implementation's queries. */
    public String attribute() {
        return attribute;
    }
}
