package org.rapport.contacts.ui.internal.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.ui.table.PageSource;

/**
 * The rows of a list whose ordered ids were read once (8 bytes a person): a page is one small query by the ids of its
 * rows, so jumping to row 900,000 costs the same as showing the first row.
 */
final class IdPageSource implements PageSource<PersonRow> {

    /** What a row shows for a person deleted since the list was read. */
    static final String DELETED = "(deleted)";

    private final ContactService contacts;
    private final long[] ids;

    IdPageSource(ContactService contacts, long[] ids) {
        this.contacts = contacts;
        this.ids = ids;
    }

    @Override
    public int count() {
        return ids.length;
    }

    @Override
    public List<PersonRow> page(int offset, int limit) {
        int from = Math.min(offset, ids.length);
        int to = Math.min(offset + limit, ids.length);
        if (from == to) {
            return List.of();
        }
        long[] wanted = Arrays.copyOfRange(ids, from, to);
        List<PersonRow> found = contacts.rows(wanted);
        if (found.size() == wanted.length) {
            return found;
        }
        // someone was deleted since the ids were read: keep every row in its place until the list is refreshed
        Map<Long, PersonRow> byId = new HashMap<>();
        found.forEach(row -> byId.put(row.id(), row));
        List<PersonRow> aligned = new ArrayList<>(wanted.length);
        for (long id : wanted) {
            aligned.add(byId.getOrDefault(id, deleted(id)));
        }
        return aligned;
    }

    /** The row of someone who was deleted while the list showed them. */
    static PersonRow deleted(long id) {
        return new PersonRow(id, "", "", DELETED, "", "", "", "");
    }

    /** The id shown at a row. */
    long idAt(int index) {
        return ids[index];
    }

    int size() {
        return ids.length;
    }
}
