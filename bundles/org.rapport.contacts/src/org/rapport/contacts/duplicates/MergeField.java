package org.rapport.contacts.duplicates;

/**
 * The parts of a person a merge decides on. For single values the survivor's or the merged person's value is kept;
 * for lists (and the notes) both can be kept, the chosen side's first.
 */
public enum MergeField {
    NAME(false), BIRTH_DATE(false), SEX(false), INCOME_BAND(false), LANGUAGE(false), OWNER(false),
    /** Marketing opt-in with its date, kept together. */
    CONSENT(false),
    /** Notes can be joined (both). */
    NOTES(true), EMAILS(true), PHONES(true), ADDRESSES(true), SOCIAL_PROFILES(true), ORGANIZATIONS(true), TAGS(true),
    /** Custom field values: with both, the survivor's value wins where both have one. */
    CUSTOM_VALUES(true);

    private final boolean combinable;

    MergeField(boolean combinable) {
        this.combinable = combinable;
    }

    /** Whether {@link MergeChoice#BOTH} is allowed. */
    public boolean combinable() {
        return combinable;
    }

    /** The choice when none is given: lists and notes united, single values from the survivor. */
    public MergeChoice defaultChoice() {
        return combinable ? MergeChoice.BOTH : MergeChoice.SURVIVOR;
    }
}
