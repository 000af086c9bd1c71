package org.rapport.pipeline.ui.internal.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.resource.JFaceResources;
import org.osgi.service.event.Event;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityService;
import org.rapport.pipeline.activities.MyDay;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.pipeline.ui.internal.handlers.Selections;

/**
 * The rep's day: what is overdue (in red), what is due today and what was done today, each with a check box that marks
 * it done (written in a job). Picking one makes it the workbench selection (it adapts to its person: the Timeline
 * follows). "Log Activity..." logs a new one for the person selected elsewhere. Read again when activities change.
 */
public class MyDayView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    @Inject
    @Optional
    @Service
    private ActivityService activities;

    @Inject
    private ESelectionService selectionService;

    private Label header;
    private Table table;
    private MyDay day;
    private boolean reading;
    private final Runnable refresh = this::load;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        header = new Label(row, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(header);
        Button log = new Button(row, SWT.PUSH);
        log.setText("&Log Activity...");
        log.addListener(SWT.Selection, e -> logActivity());
        table = new Table(parent, SWT.CHECK | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        for (String[] column : new String[][] { { "When", "90" }, { "What", "200" }, { "Who", "130" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item && item.getData() instanceof Activity a) {
                markDone(a, item.getChecked());
            } else if (e.item instanceof TableItem item && item.getData() instanceof Activity a) {
                selectionService.setSelection(new StructuredSelection(a));
            }
        });
        if (activities == null) {
            header.setText("The pipeline database is not available; see the log.");
            return;
        }
        load();
    }

    private void load() {
        if (activities == null || table.isDisposed()) {
            return;
        }
        reading = true;
        String me = Selections.userName();
        UiJobs.once("Reading my day", table, () -> activities.myDay(me, LocalDate.now(), ZoneId.systemDefault()),
                this::show, e -> {
                    reading = false;
                    header.setText("Could not read your day: " + UiJobs.message(e));
                });
    }

    private void show(MyDay read) {
        day = read;
        table.removeAll();
        Instant now = Instant.now();
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        for (Activity a : read.overdue()) {
            TableItem item = add(a, DAY.format(a.getDue()));
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        for (Activity a : read.dueToday()) {
            TableItem item = add(a, TIME.format(a.getDue()));
            if (a.isOverdue(now)) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            } else {
                item.setFont(bold);
            }
        }
        for (Activity a : read.doneToday()) {
            TableItem item = add(a, a.getDoneAt() == null ? "" : TIME.format(a.getDoneAt()));
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        int open = read.overdue().size() + read.dueToday().size();
        header.setText(open == 0 ? "Nothing left for today." : read.overdue().size() + " overdue, "
                + read.dueToday().size() + " due today, " + read.doneToday().size() + " done");
        header.getParent().layout(true);
        reading = false;
    }

    private TableItem add(Activity a, String when) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { when, label(a), a.getPerson() == null ? "" : a.getPerson().displayName() });
        item.setChecked(a.isDone());
        item.setData(a);
        return item;
    }

    private static String label(Activity a) {
        String kind = a.getKind().label();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + a.getSubject();
    }

    private void markDone(Activity activity, boolean done) {
        UiJobs.once("Marking done", table, () -> activities.markDone(activity.getId(), activity.getVersion(), done),
                changed -> load(), e -> {
                    header.setText("Not changed: " + UiJobs.message(e));
                    load();
                });
    }

    private void logActivity() {
        Object selection = selectionService.getSelection();
        var deal = Selections.opportunity(selection);
        new LogActivityDialog(table.getShell(), activities, Selections.person(selection),
                deal == null ? null : deal.id(), deal == null ? null : deal.title()).open();
    }

    @Inject
    @Optional
    void activitiesChanged(@UIEventTopic(PipelineTopics.ACTIVITIES_CHANGED) Event event) {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().timerExec(-1, refresh);
            table.getDisplay().timerExec(300, refresh);
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    /** The table, for tests. */
    public Table table() {
        return table;
    }

    /** The day shown, for tests. */
    public MyDay day() {
        return day;
    }

    public boolean isReading() {
        return reading;
    }
}
