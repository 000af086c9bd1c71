package org.rapport.contacts;

import java.util.Locale;
import java.util.Objects;

/**
 * Which people a list shows and in what order: those whose name (last name first) or primary email
 * starts with {@code prefix} (ignoring case; empty for everyone), sorted by {@code sort}.
 *
 * @param prefix     the filter text
 * @param sort       the sort column
 * @param descending whether the order is reversed
 */
public record ContactQuery(String prefix, ContactSort sort, boolean descending) {

    /** Everyone, by name. */
    public static final ContactQuery ALL = new ContactQuery("", ContactSort.NAME, false);

    /** Normalizes the prefix. */
    public ContactQuery {
        prefix = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(sort, "sort");
    }

    /** The same order with another filter text. */
    public ContactQuery withPrefix(String text) {
        return new ContactQuery(text, sort, descending);
    }
}
