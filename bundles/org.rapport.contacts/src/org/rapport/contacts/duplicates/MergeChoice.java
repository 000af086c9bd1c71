package org.rapport.contacts.duplicates;

/** Whose value of a {@link MergeField} the merged person keeps. */
public enum MergeChoice {
    /** The survivor's (the person that stays). */
    SURVIVOR,
    /** The merged person's (the one that goes). */
    MERGED,
    /** Both: lists united without repeats, the survivor's first; notes joined. Only for combinable fields. */
    BOTH
}
