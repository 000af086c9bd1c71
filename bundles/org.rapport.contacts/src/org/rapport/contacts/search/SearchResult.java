package org.rapport.contacts.search;

import java.util.List;

import org.rapport.contacts.PersonRow;

/**
 * What a search found.
 *
 * @param text      the text searched for
 * @param rows      the best matches, best first, at most the limit asked for
 * @param totalHits how many people match in all
 * @param complete  {@code false} while the index is being built: the rows then come from a simpler search of the
 *                  database (names and primary emails beginning with the text) and may miss handles, tags and
 *                  organizations
 */
public record SearchResult(String text, List<PersonRow> rows, int totalHits, boolean complete) {

    /** Copies the rows. */
    public SearchResult {
        rows = List.copyOf(rows);
    }

    /** The result of a blank search: nobody. */
    public static SearchResult empty(String text) {
        return new SearchResult(text, List.of(), 0, true);
    }
}
