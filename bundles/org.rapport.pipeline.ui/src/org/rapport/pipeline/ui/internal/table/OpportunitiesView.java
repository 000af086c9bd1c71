package org.rapport.pipeline.ui.internal.table;

import java.text.NumberFormat;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.Event;
import org.rapport.pipeline.OpportunityQuery;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.OpportunitySort;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.ui.OpportunityEditorInput;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.pipeline.ui.internal.Formats;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * Every opportunity in a paged virtual table over the service's table query (a page read at a time, in a job), with
 * a title filter and a status choice; the column headers sort (again: reversed). Picked rows are the workbench
 * selection (the Timeline follows their person); a double-click opens the opportunity editor.
 */
public class OpportunitiesView {

    static final String[] STATUSES = { "Open", "Won", "Lost", "All" };
    static final int FILTER_DELAY_MS = 200;

    /** The columns and the sort each header gives ({@code null}: not sortable). */
    record SortableColumn(Column<OpportunitySummary> column, OpportunitySort sort) {
    }

    static final List<SortableColumn> COLUMNS = List.of(
            new SortableColumn(new Column<>("Title", 240, OpportunitySummary::title), OpportunitySort.TITLE),
            new SortableColumn(new Column<>("With", 200, OpportunitySummary::counterpart), null),
            new SortableColumn(new Column<>("Stage", 110, OpportunitySummary::stageName), OpportunitySort.STAGE),
            new SortableColumn(new Column<>("Amount", 100, o -> Formats.money(o.amount(), o.currency())), OpportunitySort.AMOUNT),
            new SortableColumn(new Column<>("Probability", 80, o -> o.probability() + "%"), OpportunitySort.PROBABILITY),
            new SortableColumn(new Column<>("Weighted", 100, o -> Formats.money(o.weightedAmount(), o.currency())), null),
            new SortableColumn(new Column<>("Close", 100, o -> Formats.date(o.expectedClose())), OpportunitySort.EXPECTED_CLOSE),
            new SortableColumn(new Column<>("Owner", 110, OpportunitySummary::owner), OpportunitySort.OWNER),
            new SortableColumn(new Column<>("Next step", 180, OpportunitySummary::nextStep), null));

    @Inject
    @Optional
    @Service
    private OpportunityService opportunities;

    @Inject
    private ESelectionService selectionService;

    @Inject
    @Optional
    private IWorkbenchPage page;

    private Text filter;
    private Combo status;
    private PagedTable<OpportunitySummary> table;
    private Label count;
    private OpportunityQuery query = OpportunityQuery.ALL.openOnly();
    private final Runnable applyFilter = this::applyFilter;
    private final Runnable refresh = this::show;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        filter = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: title starts with\u2026");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, e -> {
            filter.getDisplay().timerExec(-1, applyFilter);
            filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
        });
        status = new Combo(row, SWT.READ_ONLY);
        status.setItems(STATUSES);
        status.select(0);
        status.addListener(SWT.Selection, e -> applyFilter());
        count = new Label(row, SWT.RIGHT);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(count);
        table = new PagedTable<>(parent, SWT.MULTI | SWT.FULL_SELECTION, COLUMNS.stream().map(SortableColumn::column).toList());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        Table t = table.getTable();
        for (int i = 0; i < COLUMNS.size(); i++) {
            OpportunitySort sort = COLUMNS.get(i).sort();
            if (sort != null) {
                t.getColumn(i).addListener(SWT.Selection, e -> sortBy(sort));
            }
        }
        t.addListener(SWT.Selection, e -> {
            List<OpportunitySummary> rows = table.selectedRows();
            selectionService.setSelection(rows.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(rows));
        });
        t.addListener(SWT.DefaultSelection, e -> table.selectedRows().stream().limit(10).forEach(this::open));
        table.setCountListener(() -> count.setText(NumberFormat.getIntegerInstance().format(table.rowCount())
                + " opportunities"));
        table.setErrorHandler(e -> count.setText("Could not read: " + UiJobs.message(e)));
        if (opportunities == null) {
            count.setText("The pipeline database is not available.");
            return;
        }
        showSortIndicator();
        show();
    }

    private void applyFilter() {
        if (filter.isDisposed()) {
            return;
        }
        Set<OpportunityStatus> statuses = switch (status.getSelectionIndex()) {
            case 0 -> Set.of(OpportunityStatus.OPEN);
            case 1 -> Set.of(OpportunityStatus.WON);
            case 2 -> Set.of(OpportunityStatus.LOST);
            default -> Set.of();
        };
        query = new OpportunityQuery(query.pipelineId(), query.owner(), query.personId(), statuses, filter.getText(),
                query.sort(), query.descending());
        show();
    }

    private void sortBy(OpportunitySort sort) {
        query = query.sortedBy(sort, sort == query.sort() && !query.descending());
        showSortIndicator();
        show();
    }

    private void showSortIndicator() {
        Table t = table.getTable();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).sort() == query.sort()) {
                t.setSortColumn(t.getColumn(i));
            }
        }
        t.setSortDirection(query.descending() ? SWT.DOWN : SWT.UP);
    }

    private void show() {
        if (opportunities == null || table.getTable().isDisposed()) {
            return;
        }
        OpportunityQuery current = query;
        table.setSource(new PageSource<>() {
            @Override
            public int count() {
                return opportunities.count(current);
            }

            @Override
            public List<OpportunitySummary> page(int offset, int limit) {
                return opportunities.page(current, offset, limit);
            }
        });
    }

    private void open(OpportunitySummary row) {
        if (page != null) {
            try {
                page.openEditor(OpportunityEditorInput.saved(row.id(), row.title()), PipelineUi.EDITOR_ID);
            } catch (PartInitException e) {
                count.setText("Could not open: " + e.getMessage());
            }
        }
    }

    @Inject
    @Optional
    void opportunitiesChanged(@UIEventTopic(PipelineTopics.OPPORTUNITIES_CHANGED) Event event) {
        if (table != null && !table.getTable().isDisposed()) {
            table.getTable().getDisplay().timerExec(-1, refresh);
            table.getTable().getDisplay().timerExec(300, refresh);
        }
    }

    @Focus
    public void setFocus() {
        table.getTable().setFocus();
    }

    /** The table, for tests. */
    public PagedTable<OpportunitySummary> table() {
        return table;
    }

    /** The query shown, for tests. */
    public OpportunityQuery query() {
        return query;
    }
}
