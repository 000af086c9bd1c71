package org.rapport.contacts.internal.search;

import java.util.List;

import org.rapport.contacts.PersonRow;

/**
 * What the index holds of a person: the list row (stored, so results need no database round trip), the words to
 * find them by, and the version and change time that tell whether the index is up to date.
 *
 * @param row           the list row
 * @param version       the person's optimistic-lock version
 * @param updatedMillis when the person was last changed, in epoch milliseconds (0 if unknown)
 * @param sortName      the list's sort key (last name first, lower case)
 * @param emails        every email address
 * @param handles       every social handle, with its network's name
 * @param organizations every organization's name
 * @param tags          the tags
 */
record IndexedPerson(PersonRow row, long version, long updatedMillis, String sortName, List<String> emails,
        List<String> handles, List<String> organizations, List<String> tags) {

    long id() {
        return row.id();
    }
}
