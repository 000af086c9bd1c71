package org.rapport.pipeline.ui.internal.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.cases.CaseQuery;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * Cases (complaints) in a paged table, open ones by default, newest first. A double-click (or Open) shows the case
 * with the buttons of its status flow; the picked case is the workbench selection (it adapts to the customer, so the
 * Timeline follows). The list is read again when cases change.
 */
public class CasesView {

    static final String[] FILTERS = { "Open cases", "Resolved", "Closed", "All cases" };
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    @Inject
    @Optional
    @Service
    private CaseService cases;

    @Inject
    private ESelectionService selectionService;

    private Combo filter;
    private PagedTable<SupportCase> table;
    private Label status;
    private final Runnable refresh = () -> showQuery();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        filter = new Combo(row, SWT.READ_ONLY);
        filter.setItems(FILTERS);
        filter.select(0);
        filter.addListener(SWT.Selection, e -> showQuery());
        Button open = new Button(row, SWT.PUSH);
        open.setText("&Open...");
        open.addListener(SWT.Selection, e -> openSelected());
        Button create = new Button(row, SWT.PUSH);
        create.setText("&New Case...");
        create.setToolTipText("Open a case for the person selected in Contacts, the board or the Timeline");
        create.addListener(SWT.Selection, e -> org.rapport.pipeline.ui.internal.handlers.NewCaseHandler
                .openFor(parent.getShell(), cases, selectionService.getSelection()));
        status = new Label(row, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new PagedTable<>(parent, SWT.SINGLE | SWT.FULL_SELECTION, List.of(
                new Column<>("Opened", 120, c -> c.getOpenedAt() == null ? "" : OPENED.format(c.getOpenedAt())),
                new Column<>("Status", 90, c -> c.getStatus().label()),
                new Column<>("Priority", 70, c -> c.getPriority().name().toLowerCase()),
                new Column<>("Customer", 150, c -> c.getPerson() == null ? "" : c.getPerson().displayName()),
                new Column<>("Subject", 220, SupportCase::getSubject),
                new Column<>("Category", 100, SupportCase::getCategory),
                new Column<>("Channel", 80, c -> c.getChannel().name().toLowerCase().replace('_', ' ')),
                new Column<>("Owner", 100, SupportCase::getOwner),
                new Column<>("Satisfaction", 80, c -> c.getSatisfaction() == null ? "" : c.getSatisfaction() + " / 5")));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.getTable().addListener(SWT.Selection, e -> {
            List<SupportCase> picked = table.selectedRows();
            selectionService.setSelection(picked.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(picked));
        });
        table.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
        table.setCountListener(() -> status.setText(table.rowCount() + " cases"));
        table.setErrorHandler(e -> status.setText("Could not read the cases: " + UiJobs.message(e)));
        if (cases == null) {
            status.setText("The pipeline database is not available; see the log.");
            return;
        }
        showQuery();
    }

    /** The cases the filter asks for. */
    CaseQuery query() {
        Set<CaseStatus> statuses = switch (filter.getSelectionIndex()) {
            case 1 -> EnumSet.of(CaseStatus.RESOLVED);
            case 2 -> EnumSet.of(CaseStatus.CLOSED);
            case 3 -> Set.of();
            default -> EnumSet.of(CaseStatus.NEW, CaseStatus.IN_PROGRESS);
        };
        return new CaseQuery(statuses, null, null);
    }

    private void showQuery() {
        if (cases == null || table.getTable().isDisposed()) {
            return;
        }
        CaseQuery query = query();
        table.setSource(new PageSource<>() {
            @Override
            public int count() {
                return cases.count(query);
            }

            @Override
            public List<SupportCase> page(int offset, int limit) {
                return cases.page(query, offset, limit);
            }
        });
    }

    private void openSelected() {
        List<SupportCase> picked = table.selectedRows();
        if (!picked.isEmpty()) {
            open(picked.get(0));
        }
    }

    /** Shows a case in its dialog; the list is read again after. */
    public void open(SupportCase supportCase) {
        UiJobs.once("Reading case", table.getTable(), () -> cases.supportCase(supportCase.getId()).orElse(supportCase),
                current -> new CaseDialog(table.getTable().getShell(), cases, current).open(),
                e -> status.setText("Could not read the case: " + UiJobs.message(e)));
    }

    @Inject
    @Optional
    void casesChanged(@UIEventTopic(PipelineTopics.CASES_CHANGED) Event event) {
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
    public PagedTable<SupportCase> table() {
        return table;
    }

    /** The status filter, for tests. */
    public Combo filter() {
        return filter;
    }
}
