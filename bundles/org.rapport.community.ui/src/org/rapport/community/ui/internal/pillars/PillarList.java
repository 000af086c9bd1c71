package org.rapport.community.ui.internal.pillars;

import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.community.ui.internal.Tables;
import org.rapport.ui.table.PagedTable;

/**
 * What the Conversations and Content views share: a line that says what the list is, and a table of rows read in a
 * job (again when the community changes, the latest request winning).
 *
 * @param <T> the row type
 */
final class PillarList<T> {

    private final Label status;
    private final PagedTable<T> table;
    private final LatestRequest<Void> reader;
    private List<T> rows = List.of();
    private final Runnable refresh = this::read;

    /**
     * @param read   reads the rows, in a job
     * @param say    what the line says about the rows read
     */
    PillarList(Composite parent, String jobName, List<Column<T>> columns, Callable<List<T>> read,
            java.util.function.Function<List<T>, String> say) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).hint(200, SWT.DEFAULT).applyTo(status);
        table = new PagedTable<>(parent, SWT.SINGLE | SWT.FULL_SELECTION, columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        reader = read == null ? null
                : LatestRequest.<Void> named(jobName).on(status)
                        .onError(e -> status.setText("Could not read: " + UiJobs.message(e)))
                        .reads((none, reply, monitor) -> {
                            List<T> found = read.call();
                            reply.show(() -> {
                                rows = List.copyOf(found);
                                Tables.show(table, rows);
                                status.setText(say.apply(rows));
                                status.getParent().layout(true);
                            });
                        });
    }

    /** Reads the rows again. */
    void read() {
        if (reader != null && !status.isDisposed()) {
            reader.request(null);
        }
    }

    /** Reads again a little later, once for a burst of changes. */
    void readSoon() {
        if (!status.isDisposed()) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(800, refresh);
        }
    }

    /** Says something on the line above the table. */
    void say(String text) {
        status.setText(text);
        status.getParent().layout(true);
    }

    PagedTable<T> table() {
        return table;
    }

    List<T> rows() {
        return rows;
    }

    String status() {
        return status.getText();
    }

    boolean isReading() {
        return reader != null && reader.isBusy();
    }
}
