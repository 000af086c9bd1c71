package org.rapport.contacts.ui.internal.duplicates;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * The merges done, newest first, with Undo Merge for the selected one. Read in a job; {@link #refresh()} after a merge
 * or an unmerge.
 */
final class MergeHistoryPanel {

    /** The most recent merges shown. */
    static final int SHOWN = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final DuplicateService duplicates;
    private final Composite control;
    private final Label heading;
    private final Button undo;
    private final PagedTable<MergeSummary> table;
    private List<MergeSummary> merges = List.of();

    MergeHistoryPanel(Composite parent, DuplicateService duplicates, Consumer<MergeSummary> undoRequested) {
        this.duplicates = duplicates;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(control);
        Composite bar = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        heading = new Label(bar, SWT.NONE);
        heading.setText("Reading the merges\u2026");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(heading);
        undo = new Button(bar, SWT.PUSH);
        undo.setText("&Undo Merge");
        undo.setToolTipText("Brings both people back as they were before the merge, with their values and history");
        undo.setEnabled(false);
        table = new PagedTable<>(control, SWT.SINGLE | SWT.FULL_SELECTION, List.of(
                new Column<>("When", 115, m -> WHEN.format(m.mergedAt())),
                new Column<>("Merge", 300, MergeSummary::describe),
                new Column<>("Undone", 115, m -> m.undone() ? WHEN.format(m.undoneAt()) : "")));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.getTable().addListener(SWT.Selection, e -> updateButton());
        undo.addListener(SWT.Selection, e -> {
            MergeSummary selected = selected();
            if (selected != null && !selected.undone()) {
                undoRequested.accept(selected);
            }
        });
        table.setErrorHandler(e -> heading.setText("Could not read the merges: " + e.getMessage()));
    }

    Composite control() {
        return control;
    }

    /** Reads the merges again, in a job. */
    void refresh() {
        Job job = Job.create("Reading the merge history", monitor -> {
            List<MergeSummary> read = duplicates.merges(SHOWN);
            control.getDisplay().asyncExec(() -> show(read));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<MergeSummary> read) {
        if (control.isDisposed()) {
            return;
        }
        long selectedId = selected() == null ? -1 : selected().id();
        merges = read;
        table.setSource(PageSource.of(read), read.size(), read.subList(0, Math.min(read.size(), PagedTable.PAGE_SIZE)));
        table.deselectAll();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).id() == selectedId) {
                table.setSelection(i);
            }
        }
        long open = read.stream().filter(m -> !m.undone()).count();
        long undone = read.stream().filter(MergeSummary::undone).count();
        heading.setText(read.isEmpty() ? "No merges yet; merges are listed here, to be undone if need be."
                : (read.size() == 1 ? "1 merge" : read.size() + " merges") + ", newest first"
                        + (undone == 0 ? "" : "; " + undone + " undone"));
        heading.getParent().layout();
        updateButton();
    }

    private MergeSummary selected() {
        int[] selected = table.selectionIndices();
        int index = selected.length == 0 ? -1 : selected[0];
        return index < 0 || index >= merges.size() ? null : merges.get(index);
    }

    private void updateButton() {
        MergeSummary selected = selected();
        undo.setEnabled(selected != null && !selected.undone());
    }

    /** The merges shown, for tests. */
    List<MergeSummary> merges() {
        return merges;
    }

    Button undoButton() {
        return undo;
    }

    /** Whether the last read has been shown, for tests. */
    PagedTable<MergeSummary> table() {
        return table;
    }
}
