package org.rapport.loyalty;

/** What an earning rule reacts to. */
public enum RuleKind {
    /** Purchases of a category (the import's optional {@code category} column) earn at a multiplier. */
    CATEGORY("category multiplier"),
    /** A deal of the member is won in the pipeline: fixed points, plus points per unit of the deal's amount. */
    DEAL_WON("won deal"),
    /** A complaint of the member was resolved with satisfaction 4 or 5 (the pipeline's case event). */
    SATISFIED_CASE("satisfied complaint"),
    /** The member's community profile was flagged as an ambassador. */
    AMBASSADOR("community ambassador"),
    /** The member's birthday (from the contact's birth date; 29 February counts on 28 February in other years). */
    BIRTHDAY("birthday");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    /** How people call it, e.g. {@code won deal}. */
    public String label() {
        return label;
    }

    /** Whether it awards bonus points on an event (all but {@link #CATEGORY}, which changes what purchases earn). */
    public boolean isBonus() {
        return this != CATEGORY;
    }
}
