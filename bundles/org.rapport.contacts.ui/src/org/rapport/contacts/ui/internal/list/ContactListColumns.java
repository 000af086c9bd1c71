package org.rapport.contacts.ui.internal.list;

import java.util.List;

import org.rapport.contacts.ContactSort;
import org.rapport.contacts.PersonRow;
import org.rapport.ui.table.Column;

/** The columns of the contacts list and the sort order each header click asks for (none for the phone). */
final class ContactListColumns {

    /** Column index of the name ("Last, First"). */
    static final int NAME = 0;

    /** A column and the order it sorts by, or {@code null} when it does not sort. */
    record SortableColumn(Column<PersonRow> column, ContactSort sort) {
    }

    static final List<SortableColumn> ALL = List.of(
            new SortableColumn(new Column<>("Name", 150, ContactListColumns::sortableName), ContactSort.NAME),
            new SortableColumn(new Column<>("Email", 190, PersonRow::primaryEmail), ContactSort.EMAIL),
            new SortableColumn(new Column<>("Organization", 140, PersonRow::organization), ContactSort.ORGANIZATION),
            new SortableColumn(new Column<>("City", 85, PersonRow::city), ContactSort.CITY),
            new SortableColumn(new Column<>("Owner", 90, PersonRow::owner), ContactSort.OWNER),
            new SortableColumn(new Column<>("Phone", 120, PersonRow::primaryPhone), null));

    private ContactListColumns() {
    }

    static List<Column<PersonRow>> columns() {
        return ALL.stream().map(SortableColumn::column).toList();
    }

    /** The column index that shows a sort order. */
    static int indexOf(ContactSort sort) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).sort() == sort) {
                return i;
            }
        }
        return NAME;
    }

    /**
     * "Lovelace, Ada": the name as the list sorts it (last name first), so the order and the prefix filter make sense
     * at a glance. A person with only one part shows that part; one without a name shows the email.
     */
    static String sortableName(PersonRow row) {
        String first = row.firstName() == null ? "" : row.firstName().trim();
        String last = row.lastName() == null ? "" : row.lastName().trim();
        if (last.isEmpty() || first.isEmpty()) {
            String single = (last + first).trim();
            return single.isEmpty() ? row.primaryEmail() : single;
        }
        return last + ", " + first;
    }
}
