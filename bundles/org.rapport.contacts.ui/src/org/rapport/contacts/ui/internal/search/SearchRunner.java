package org.rapport.contacts.ui.internal.search;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.search.SearchResult;

/**
 * Searches {@value #DELAY_MS} ms after the last keystroke, off the UI thread; only the result of the latest text
 * reaches the field.
 */
final class SearchRunner extends Job {

    /** Searching waits this long after a keystroke, so a quick typist's word is searched once. */
    static final int DELAY_MS = 120;
    /** Rows the popup shows. */
    static final int ROWS = 12;

    private final ContactSearch search;
    private final Control control;
    private final Consumer<SearchResult> receiver;
    private String pending;
    private int generation;
    private volatile boolean searching;

    SearchRunner(ContactSearch search, Control control, Consumer<SearchResult> receiver) {
        super("Searching contacts");
        this.search = search;
        this.control = control;
        this.receiver = receiver;
        setSystem(true);
    }

    synchronized void request(String text) {
        pending = text;
        generation++;
        searching = true;
        cancel();
        schedule(DELAY_MS);
    }

    /** Whether a search is pending or running, for tests. */
    boolean isSearching() {
        return searching;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String text;
        int gen;
        synchronized (this) {
            text = pending;
            gen = generation;
        }
        if (text == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        SearchResult result;
        try {
            result = search.search(text, ROWS);
        } catch (RuntimeException e) {
            result = null;
            ui(gen, () -> receiver.accept(null));
            return Status.warning("Searching contacts for '" + text + "' failed", e);
        }
        SearchResult found = result;
        ui(gen, () -> receiver.accept(found));
        return Status.OK_STATUS;
    }

    private void ui(int gen, Runnable runnable) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                searching = false;
            }
            if (!control.isDisposed()) {
                runnable.run();
            }
        });
    }
}
