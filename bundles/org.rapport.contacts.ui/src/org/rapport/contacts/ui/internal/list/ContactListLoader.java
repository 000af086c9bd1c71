package org.rapport.contacts.ui.internal.list;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;

/**
 * Reads what the contacts list shows for a query, in the background, and hands it to the UI thread: on request, the
 * first screen of rows first (one indexed read of a page, so the list paints at once), then the ordered ids of every
 * match (one query: what lets the table jump to any row) and the number of people. The latest request wins: results of
 * older ones are dropped, and a request made while the job runs starts it again.
 */
final class ContactListLoader extends Job {

    /** What the list does with the results, on the UI thread. */
    interface Receiver {

        /** The first rows of a query, before its size is known. */
        void firstRows(ContactQuery query, List<PersonRow> rows);

        /** Every match of a query, in order, and how many people there are in all. */
        void matches(ContactQuery query, long[] ids, List<PersonRow> firstRows, int everyone);

        /** The query could not be read. */
        void failed(ContactQuery query, Exception error);
    }

    private final ContactService contacts;
    private final Control control;
    private final Receiver receiver;
    private final int pageSize;
    private final Object lock = new Object();
    private ContactQuery query;
    private boolean firstRowsWanted;
    private boolean everyoneStale = true;
    private int everyone = -1;
    private int generation;
    /** The request last read to the end: a job scheduled again while it ran finds nothing left to do. */
    private int done;

    ContactListLoader(ContactService contacts, Control control, Receiver receiver, int pageSize) {
        super("Reading contacts");
        this.contacts = contacts;
        this.pageSize = pageSize;
        this.control = control;
        this.receiver = receiver;
        setSystem(true);
        setPriority(INTERACTIVE); // the user is waiting for the list
    }

    /**
     * Reads a query (again).
     *
     * @param firstRowsFirst whether to show the first rows before all ids are read: for a new list, not a refresh
     * @param dataChanged    whether people were added or deleted, so the number of everyone is read again
     */
    void request(ContactQuery newQuery, boolean firstRowsFirst, boolean dataChanged) {
        synchronized (lock) {
            query = newQuery;
            firstRowsWanted = firstRowsFirst;
            everyoneStale |= dataChanged;
            generation++;
        }
        schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            ContactQuery current;
            boolean preview;
            boolean countEveryone;
            int gen;
            synchronized (lock) {
                current = query;
                preview = firstRowsWanted;
                countEveryone = everyoneStale;
                firstRowsWanted = false;
                gen = generation;
            }
            if (current == null || gen == done) {
                return Status.OK_STATUS;
            }
            try {
                read(current, preview, countEveryone, gen);
            } catch (RuntimeException e) {
                ui(gen, () -> receiver.failed(current, e));
            }
            synchronized (lock) {
                if (gen == generation) {
                    done = gen;
                    return Status.OK_STATUS;
                }
            }
        }
        return Status.CANCEL_STATUS;
    }

    private void read(ContactQuery current, boolean preview, boolean countEveryone, int gen) {
        List<PersonRow> firstRows = null;
        // Only an unfiltered list is sure to read its first page from an index alone; a filtered one reads the ids.
        if (preview && current.prefix().isEmpty()) {
            firstRows = contacts.page(current, 0, pageSize);
            List<PersonRow> rows = firstRows;
            ui(gen, () -> receiver.firstRows(current, rows));
        }
        if (isStale(gen)) {
            return;
        }
        long[] ids = contacts.ids(current);
        int all;
        synchronized (lock) {
            if (current.prefix().isEmpty()) {
                everyone = ids.length;
                everyoneStale = false;
            } else if (countEveryone || everyone < 0) {
                everyone = contacts.count(ContactQuery.ALL);
                everyoneStale = false;
            }
            all = everyone;
        }
        List<PersonRow> known = firstRows != null && sameOrder(firstRows, ids) ? firstRows : null;
        ui(gen, () -> receiver.matches(current, ids, known, all));
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

    private boolean isStale(int gen) {
        synchronized (lock) {
            return gen != generation;
        }
    }

    private void ui(int gen, Runnable runnable) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed() && !isStale(gen)) {
                runnable.run();
            }
        });
    }
}
