package org.rapport.contacts.ui.internal.list;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.ui.jobs.LatestRequest;

/**
 * Reads what the contacts list shows for a query, in the background, and hands it to the UI thread: on request, the
 * first screen of rows first (one indexed read of a page, so the list paints at once), then the ordered ids of every
 * match (one query: what lets the table jump to any row) and the number of people. The latest request wins (a
 * {@link LatestRequest}): results of older ones are dropped.
 */
final class ContactListLoader {

    /** What the list does with the results, on the UI thread. */
    interface Receiver {

        /** The first rows of a query, before its size is known. */
        void firstRows(ContactQuery query, List<PersonRow> rows);

        /** Every match of a query, in order, and how many people there are in all. */
        void matches(ContactQuery query, long[] ids, List<PersonRow> firstRows, int everyone);

        /** The latest query could not be read. */
        void failed(Exception error);
    }

    /** A query to read, and whether to show its first rows before all its ids are read. */
    private record Request(ContactQuery query, boolean firstRowsFirst) {
    }

    private final ContactService contacts;
    private final Receiver receiver;
    private final int pageSize;
    private final LatestRequest<Request> runner;
    private final Object lock = new Object();
    private boolean everyoneStale = true;
    private int everyone = -1;

    ContactListLoader(ContactService contacts, Control control, Receiver receiver, int pageSize) {
        this.contacts = contacts;
        this.pageSize = pageSize;
        this.receiver = receiver;
        runner = LatestRequest.<Request> named("Reading contacts").on(control).onError(receiver::failed)
                .reads(this::read);
    }

    /**
     * Reads a query (again).
     *
     * @param firstRowsFirst whether to show the first rows before all ids are read: for a new list, not a refresh
     * @param dataChanged    whether people were added or deleted, so the number of everyone is read again
     */
    void request(ContactQuery query, boolean firstRowsFirst, boolean dataChanged) {
        synchronized (lock) {
            everyoneStale |= dataChanged;
        }
        runner.request(new Request(query, firstRowsFirst));
    }

    /** Whether a query is being read or its results are not yet shown. */
    boolean isBusy() {
        return runner.isBusy();
    }

    void cancel() {
        runner.forget();
    }

    private void read(Request request, LatestRequest.Reply reply, IProgressMonitor monitor) {
        ContactQuery current = request.query();
        List<PersonRow> firstRows = null;
        // Only an unfiltered list is sure to read its first page from an index alone; a filtered one reads the ids.
        if (request.firstRowsFirst() && current.prefix().isEmpty()) {
            firstRows = contacts.page(current, 0, pageSize);
            List<PersonRow> rows = firstRows;
            reply.show(() -> receiver.firstRows(current, rows));
        }
        if (!reply.isCurrent()) {
            return;
        }
        long[] ids = contacts.ids(current);
        int all;
        synchronized (lock) {
            if (current.prefix().isEmpty()) {
                everyone = ids.length;
                everyoneStale = false;
            } else if (everyoneStale || everyone < 0) {
                everyone = contacts.count(ContactQuery.ALL);
                everyoneStale = false;
            }
            all = everyone;
        }
        List<PersonRow> known = firstRows != null && sameOrder(firstRows, ids) ? firstRows : null;
        reply.show(() -> receiver.matches(current, ids, known, all));
    }

    private static boolean sameOrder(List<PersonRow> rows, long[] ids) {
        if (rows.size() > ids.length) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() != ids[i]) {
                return false;
            }
        }
        return true;
    }
}
