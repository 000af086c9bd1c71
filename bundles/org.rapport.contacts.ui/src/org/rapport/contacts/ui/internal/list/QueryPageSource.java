package org.rapport.contacts.ui.internal.list;

import java.util.List;

import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.ui.table.PageSource;

/**
 * The rows of a list read by position (OFFSET/FETCH on the sort column's index), for the moment between a new order
 * of the same people and the arrival of its ids: the table keeps its row count, so GTK does not remove and add a
 * million rows again, and the rows on screen (the top, after a new order) cost one short index scan a page.
 */
final class QueryPageSource implements PageSource<PersonRow> {

    private final ContactService contacts;
    private final ContactQuery query;
    private final int size;

    QueryPageSource(ContactService contacts, ContactQuery query, int size) {
        this.contacts = contacts;
        this.query = query;
        this.size = size;
    }

    @Override
    public int count() {
        return size;
    }

    @Override
    public List<PersonRow> page(int offset, int limit) {
        return contacts.page(query, offset, limit);
    }
}
