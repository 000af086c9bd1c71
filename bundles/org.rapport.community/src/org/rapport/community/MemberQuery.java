package org.rapport.community;

/**
 * Which members to list. Merged members are never listed.
 *
 * @param text       words the name, organization or a handle begins with (ignoring case), or empty for all
 * @param tag        a tag the member must have, or empty
 * @param team       {@code null} for all, {@code true} only staff, {@code false} only non-staff
 * @param ambassador {@code true} only members flagged as ambassadors, {@code false} all
 * @param linked     {@code null} for all, {@code true} only members linked to a contact, {@code false} only unlinked
 * @param sort       the order
 */
public record MemberQuery(String text, String tag, Boolean team, boolean ambassador, Boolean linked, Sort sort) {

    /** Orders of a member list. */
    public enum Sort {
        /** By display name, then id. */
        NAME,
        /** Most recently active first, never active last. */
        LAST_ACTIVE,
        /** Most activities first. */
        ACTIVITY_COUNT
    }

    /** Every member, by name. */
    public static final MemberQuery ALL = new MemberQuery("", "", null, false, null, Sort.NAME);

    /** Fills in empty texts and the default order. */
    public MemberQuery {
        text = text == null ? "" : text.trim();
        tag = tag == null ? "" : tag.trim();
        sort = sort == null ? Sort.NAME : sort;
    }

    /** A copy with other words. */
    public MemberQuery withText(String text) {
        return new MemberQuery(text, tag, team, ambassador, linked, sort);
    }

    /** A copy in another order. */
    public MemberQuery withSort(Sort sort) {
        return new MemberQuery(text, tag, team, ambassador, linked, sort);
    }
}
