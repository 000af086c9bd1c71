package org.rapport.contacts.ui.internal.duplicates;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.duplicates.DuplicatePair;
import org.rapport.contacts.duplicates.DuplicateService;
import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.contacts.model.Person;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.ui.ViewSiteBridge;
import org.rapport.core.PersonRef;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * People recorded twice, and the merges done. Scan looks through the whole database in a job (progress here and in the
 * Progress view, cancellable); the likely duplicates are listed with their score and why, sortable by any column.
 * Selecting a pair selects both people (the Timeline follows the first); Merge… opens the merge dialog, and the merge
 * runs in a job, after which the pair leaves the list. The merges done are listed beside, each with Undo Merge; the
 * merges of this session are also undone by Edit &gt; Undo while this view is active.
 */
public class DuplicatesView implements MergeActions.Outcome {

    @Inject
    @Optional
    @Service
    private DuplicateService duplicates;

    @Inject
    @Optional
    @Service
    private ContactService contacts;

    @Inject
    private ESelectionService selectionService;

    @Inject
    @Optional
    private IWorkbenchPage page;

    @Inject
    @Optional
    private MPart part;

    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private final ObjectUndoContext undoContext = new ObjectUndoContext(this, "Duplicates");
    private IOperationHistory history;
    private Button scan;
    private Button merge;
    private Label status;
    private CTabFolder tabs;
    private CTabItem pairsTab;
    private PagedTable<DuplicatePair> table;
    private MergeHistoryPanel merges;
    private MergeActions actions;
    private ViewSiteBridge siteBridge;
    private UndoActionHandler undo;
    private RedoActionHandler redo;

    private List<DuplicatePair> pairs = List.of();
    private int sortColumn = PairColumns.SCORE;
    private boolean descending = true;
    private Job scanJob;
    private boolean scanned;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        createBar(parent);
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        pairsTab = new CTabItem(tabs, SWT.NONE);
        pairsTab.setText("Likely duplicates");
        table = new PagedTable<>(tabs, SWT.SINGLE | SWT.FULL_SELECTION, PairColumns.columns());
        pairsTab.setControl(table.getControl());
        tabs.setSelection(pairsTab);
        if (duplicates == null || contacts == null) {
            status.setText("The contact database is not available; see Window > Preferences > Rapport > Database and"
                    + " the log.");
            scan.setEnabled(false);
            return;
        }
        merges = new MergeHistoryPanel(tabs, duplicates, merge -> actions.unmerge(merge));
        CTabItem mergesTab = new CTabItem(tabs, SWT.NONE);
        mergesTab.setText("Merges done");
        mergesTab.setControl(merges.control());
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        actions = new MergeActions(duplicates, contacts, page, parent.getShell(), this, history, undoContext);
        hookTable(table.getTable());
        showSortIndicator();
        if (page != null && part != null) {
            siteBridge = ViewSiteBridge.whenReady(page, part, this::installSite);
        }
        merges.refresh();
    }

    private void createBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        scan = new Button(bar, SWT.PUSH);
        scan.setText("&Scan");
        scan.setToolTipText("Look through every person for the same email, handle or phone number, and similar names");
        scan.addListener(SWT.Selection, e -> scanOrCancel());
        merge = new Button(bar, SWT.PUSH);
        merge.setText("&Merge\u2026");
        merge.setToolTipText("Merge the selected pair into one person, choosing field by field what to keep");
        merge.setEnabled(false);
        merge.addListener(SWT.Selection, e -> mergeSelected());
        status = new Label(bar, SWT.NONE);
        status.setText("Scan to find people recorded twice: the same email, handle or phone number, or similar names.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(6, 0).applyTo(status);
    }

    private void hookTable(Table t) {
        for (int i = 0; i < t.getColumnCount(); i++) {
            int column = i;
            TableColumn header = t.getColumn(i);
            header.setToolTipText("Sort by " + header.getText().toLowerCase() + "; click again to reverse");
            header.addListener(SWT.Selection, e -> sortBy(column));
        }
        t.addListener(SWT.Selection, e -> publishSelection());
        t.addListener(SWT.DefaultSelection, e -> mergeSelected());
    }

    /** Edit &gt; Undo/Redo take back the merges of this session while the view is active. */
    private void installSite(IViewSite site) {
        site.setSelectionProvider(selectionProvider);
        undo = new UndoActionHandler(site, undoContext);
        redo = new RedoActionHandler(site, undoContext);
        IActionBars bars = site.getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    private void scanOrCancel() {
        if (scanJob != null) {
            scanJob.cancel();
            return;
        }
        Label label = status;
        Job job = Job.create("Looking for duplicate contacts", monitor -> {
            LabelProgress progress = new LabelProgress(monitor, label, "Scanning");
            label.getDisplay().asyncExec(() -> label.setData(progress));
            try {
                List<DuplicatePair> found = duplicates.scan(progress);
                int everyone = contacts.count(ContactQuery.ALL);
                label.getDisplay().asyncExec(() -> scanned(found, everyone, null));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                label.getDisplay().asyncExec(() -> scanned(null, 0, "Scan cancelled."));
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                label.getDisplay().asyncExec(() -> scanned(null, 0, "The scan failed: " + e.getMessage()));
                return Status.error("The duplicate scan failed", e);
            }
        });
        job.setPriority(Job.LONG);
        scanJob = job;
        scan.setText("&Cancel Scan");
        status.setText("Scanning\u2026");
        bar().layout();
        job.schedule();
    }

    private void scanned(List<DuplicatePair> found, int everyone, String problem) {
        if (status.isDisposed()) {
            return;
        }
        scanJob = null;
        status.setData(null);
        scan.setText("&Scan");
        if (found == null) {
            status.setText(problem);
        } else {
            scanned = true;
            pairs = new ArrayList<>(found);
            show();
            NumberFormat number = NumberFormat.getIntegerInstance();
            status.setText(found.isEmpty() ? "No likely duplicates among " + number.format(everyone) + " people."
                    : number.format(found.size()) + (found.size() == 1 ? " likely duplicate" : " likely duplicates")
                            + " among " + number.format(everyone) + " people. Pick one, then Merge\u2026");
        }
        bar().layout();
    }

    private Composite bar() {
        return status.getParent();
    }

    private void sortBy(int column) {
        descending = column == sortColumn ? !descending : PairColumns.descendingFirst(column);
        sortColumn = column;
        showSortIndicator();
        show();
    }

    private void showSortIndicator() {
        Table t = table.getTable();
        t.setSortColumn(t.getColumn(sortColumn));
        t.setSortDirection(descending ? SWT.DOWN : SWT.UP);
    }

    /** Shows the pairs in the current order. */
    private void show() {
        Comparator<DuplicatePair> order = PairColumns.order(sortColumn);
        pairs.sort(descending ? order.reversed() : order);
        List<DuplicatePair> rows = List.copyOf(pairs);
        pairsTab.setText(scanned ? "Likely duplicates (" + rows.size() + ")" : "Likely duplicates");
        table.deselectAll();
        table.setSource(PageSource.of(rows), rows.size(), rows.subList(0, Math.min(rows.size(), PagedTable.PAGE_SIZE)));
        publishSelection();
    }

    private DuplicatePair selectedPair() {
        List<DuplicatePair> selected = table.selectedRows();
        return selected.isEmpty() ? null : selected.get(0);
    }

    /** Both people of the selected pair are the selection, so the Timeline and Open Contact follow them. */
    private void publishSelection() {
        DuplicatePair pair = selectedPair();
        merge.setEnabled(pair != null);
        StructuredSelection selection = pair == null ? StructuredSelection.EMPTY
                : new StructuredSelection(List.of(pair.first(), pair.second()));
        select(selection);
    }

    private void select(StructuredSelection selection) {
        selectionProvider.setSelection(selection);
        if (selectionService != null) {
            selectionService.setSelection(selection);
        }
    }

    private void mergeSelected() {
        DuplicatePair pair = selectedPair();
        if (pair != null && actions != null) {
            actions.merge(pair);
        }
    }

    @Override
    public void merged(DuplicatePair pair, MergeSummary done) {
        if (status.isDisposed()) {
            return;
        }
        long gone = done.mergedId();
        pairs.removeIf(p -> p.equals(pair) || p.first().id() == gone || p.second().id() == gone);
        show();
        status.setText("Merged " + done.mergedName() + " into " + done.survivorName() + " (#" + done.survivorId()
                + "); Edit > Undo or Merges done > Undo Merge takes it back. " + remaining());
        bar().layout();
        merges.refresh();
        // the Timeline shows the survivor, with the merged person's history now
        select(new StructuredSelection(new PersonRef(done.survivorId(), survivorName(pair, done))));
    }

    private static String survivorName(DuplicatePair pair, MergeSummary done) {
        PersonRow kept = pair.first().id() == done.survivorId() ? pair.first() : pair.second();
        return kept.displayName();
    }

    @Override
    public void gone(DuplicatePair pair, String why) {
        if (status.isDisposed()) {
            return;
        }
        pairs.remove(pair);
        show();
        status.setText(why + " Scan again to bring the list up to date.");
        bar().layout();
    }

    @Override
    public void unmerged(MergeSummary undone, List<Person> restored) {
        if (status.isDisposed()) {
            return;
        }
        // a merge undone here may also be in Edit > Undo: that one must not run again
        history.dispose(undoContext, true, true, false);
        status.setText("Unmerged: " + restored.get(0).displayName() + " and " + restored.get(1).displayName()
                + " are back as they were. " + (scanned ? "Scan again to list them as a pair." : ""));
        bar().layout();
        merges.refresh();
        select(new StructuredSelection(restored.stream().map(p -> new PersonRef(p.getId(), p.displayName())).toList()));
    }

    @Override
    public void historyChanged() {
        if (!status.isDisposed()) {
            status.setText("Done. Scan again to bring the list of likely duplicates up to date.");
            bar().layout();
            merges.refresh();
        }
    }

    @Override
    public void failed(String what) {
        if (!status.isDisposed()) {
            status.setText(what.lines().findFirst().orElse(what));
            bar().layout();
        }
    }

    private String remaining() {
        return pairs.isEmpty() ? "No more likely duplicates in the list." : pairs.size() + " more in the list.";
    }

    @Focus
    public void setFocus() {
        if (table.rowCount() > 0) {
            table.getTable().setFocus();
        } else {
            scan.setFocus();
        }
    }

    @PreDestroy
    public void dispose() {
        if (scanJob != null) {
            scanJob.cancel();
        }
        if (siteBridge != null) {
            siteBridge.dispose();
        }
        if (undo != null) {
            undo.dispose();
            redo.dispose();
        }
        if (history != null) {
            history.dispose(undoContext, true, true, true);
        }
    }

    /** The list of likely duplicates, for tests. */
    public PagedTable<DuplicatePair> table() {
        return table;
    }

    /** The pairs listed, in list order, for tests. */
    public List<DuplicatePair> pairs() {
        return List.copyOf(pairs);
    }

    /** The status line beside the buttons, for tests. */
    public Label status() {
        return status;
    }

    /** Scan (Cancel Scan while scanning), for tests. */
    public Button scanButton() {
        return scan;
    }

    /** Merge…, for tests. */
    public Button mergeButton() {
        return merge;
    }

    /** Whether a scan is running, for tests. */
    public boolean isScanning() {
        return scanJob != null;
    }

    /** The merges listed in the history, newest first, for tests. */
    public List<MergeSummary> mergesShown() {
        return merges.merges();
    }

    /** The merge history's table, for tests. */
    public Table mergesTable() {
        return merges.table().getTable();
    }

    /** Undo Merge in the history, for tests. */
    public Button undoMergeButton() {
        return merges.undoButton();
    }

    /** The merge dialog while it is open, else {@code null}; for tests. */
    public org.eclipse.jface.wizard.WizardDialog mergeDialog() {
        return actions.dialog();
    }
}
