package org.rapport.contacts.duplicates;

/**
 * Why two people look like one: a kind of evidence, what exactly matched, and how strongly it suggests a duplicate.
 *
 * @param kind   the kind of evidence
 * @param detail what matched, for the user, e.g. "both have ada@example.com"
 * @param score  0 to 1: how likely this evidence alone means one person
 */
public record DuplicateReason(Kind kind, String detail, double score) {

    /** Kinds of evidence, strongest first. */
    public enum Kind {
        /** The same email address (ignoring case). */
        SAME_EMAIL,
        /** The same handle on the same social network (ignoring case and a leading @). */
        SAME_HANDLE,
        /** The same phone number once spaces, dashes and the country prefix are ignored. */
        SAME_PHONE,
        /** Names that are the same or nearly (typos, accents, first and last swapped). */
        SIMILAR_NAME
    }

    @Override
    public String toString() {
        return detail;
    }
}
