package org.rapport.contacts.ui.internal.segments;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.jface.viewers.StructuredSelection;
import org.rapport.ui.jobs.LatestRequest;
import org.eclipse.ui.IWorkbenchPage;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.core.events.RapportTopics;

/**
 * The saved segments with their member counts. The segments are read and their members counted in a background job;
 * counts follow changes of the contacts ({@link ContactTopics#CHANGED}, a moment after a burst of them). The toolbar
 * and context menu offer New, Edit, Delete, Open as List (a double-click does that too) and Export.
 */
public class SegmentsView {

    /** Change events come in bursts (an import): one recount after they calm down. */
    static final int RECOUNT_DELAY_MS = 500;
    static final int NAME = 0;
    static final int MEMBERS = 1;
    static final int DESCRIPTION = 2;
    private static final String NOT_COUNTED = "\u2026";

    @Inject
    @Optional
    @Service
    private SegmentService segments;

    @Inject
    @Optional
    @Service
    private ContactService contacts;

    @Inject
    @Optional
    @Service
    private ContactExporter exporter;

    @Inject
    @Optional
    private IWorkbenchPage page;

    @Inject
    @Optional
    private IEventBroker broker;

    @Inject
    private ESelectionService selectionService;

    private Table table;
    private Label status;
    private LatestRequest<Void> counts;
    private SegmentActions actions;
    private MenuManager contextMenu;
    private ToolBarManager toolBar;
    private final Map<Long, Segment> shown = new HashMap<>();
    private final Runnable recount = this::reload;
    private long selectAfterReload;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("Segment", 235);
        column("Members", 75).setAlignment(SWT.RIGHT);
        column("Description", 320);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(status);
        if (segments == null || contacts == null) {
            status.setText("The contact database is not available; see Window > Preferences > Rapport > Database"
                    + " and the log.");
            return;
        }
        actions = new SegmentActions(segments, contacts, exporter, page, broker, this::selected, table::getShell,
                changed -> {
                    selectAfterReload = changed.getId();
                    reload();
                });
        toolBar = new ToolBarManager(bar);
        toolBar.add(actions.newSegment);
        toolBar.add(actions.edit);
        toolBar.add(actions.openAsList);
        toolBar.add(actions.export);
        toolBar.add(actions.delete);
        toolBar.update(true);
        contextMenu = new MenuManager("#PopupMenu");
        contextMenu.add(actions.openAsList);
        contextMenu.add(actions.edit);
        contextMenu.add(actions.newSegment);
        contextMenu.add(new Separator());
        contextMenu.add(actions.export);
        contextMenu.add(actions.delete);
        table.setMenu(contextMenu.createContextMenu(table));
        table.addListener(SWT.Selection, e -> selectionChanged());
        table.addListener(SWT.DefaultSelection, e -> actions.openSelected());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && actions.delete.isEnabled()) {
                actions.delete.run();
            }
        });
        counts = LatestRequest.<Void> named("Counting segment members").on(table).visibleInProgress()
                .priority(Job.LONG)
                .onError(e -> status.setText("Could not read the segments: " + e.getMessage()))
                .reads(this::readAndCount);
        status.setText("Reading segments\u2026");
        reload();
    }

    private TableColumn column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
        return column;
    }

    /** Reads the segments and counts their members again. */
    void reload() {
        if (counts != null && !table.isDisposed()) {
            counts.request(null);
        }
    }

    /** Reads the segments, shows them, then counts the members of each and shows each count as it comes. */
    private void readAndCount(Void none, LatestRequest.Reply reply, IProgressMonitor monitor) {
        List<Segment> list = segments.segments();
        reply.show(() -> showSegments(list));
        SubMonitor progress = SubMonitor.convert(monitor, list.size());
        for (Segment segment : list) {
            if (progress.isCanceled() || !reply.isCurrent()) {
                return;
            }
            int members = -1;
            String problem = null;
            try {
                members = segments.count(segment.getCriteria());
            } catch (RuntimeException e) {
                problem = e.getMessage();
            }
            int m = members;
            String p = problem;
            reply.show(() -> counted(segment.getId(), m, p));
            progress.worked(1);
        }
    }

    private void showSegments(List<Segment> list) {
        long keep = selectAfterReload != 0 ? selectAfterReload : selectedId();
        selectAfterReload = 0;
        Map<Long, String> oldCounts = new HashMap<>();
        for (TableItem item : table.getItems()) {
            oldCounts.put(((Segment) item.getData()).getId(), item.getText(MEMBERS));
        }
        table.removeAll();
        shown.clear();
        for (Segment segment : list) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(segment);
            item.setText(new String[] { segment.getName(), oldCounts.getOrDefault(segment.getId(), NOT_COUNTED),
                    segment.getDescription() });
            shown.put(segment.getId(), segment);
            if (segment.getId() == keep) {
                table.setSelection(item);
            }
        }
        status.setText(list.isEmpty() ? "No segments yet: create one with New Segment."
                : list.size() == 1 ? "1 segment" : list.size() + " segments");
        selectionChanged();
    }

    private void counted(long segmentId, int members, String problem) {
        for (TableItem item : table.getItems()) {
            if (((Segment) item.getData()).getId() == segmentId) {
                item.setText(MEMBERS, problem != null ? "?" : NumberFormat.getIntegerInstance().format(members));
                if (problem != null) {
                    status.setText(item.getText(NAME) + ": " + problem);
                }
            }
        }
    }

    private Segment selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (Segment) selection[0].getData();
    }

    private long selectedId() {
        Segment segment = selected();
        return segment == null ? 0 : segment.getId();
    }

    private void selectionChanged() {
        Segment segment = selected();
        actions.update(segment != null);
        if (table.isFocusControl()) {
            selectionService.setSelection(segment == null ? StructuredSelection.EMPTY : new StructuredSelection(segment));
        }
    }

    @Inject
    @Optional
    void contactsChanged(@UIEventTopic(ContactTopics.CHANGED) org.osgi.service.event.Event event) {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().timerExec(-1, recount);
            table.getDisplay().timerExec(RECOUNT_DELAY_MS, recount);
        }
    }

    @Inject
    @Optional
    void demoDataLoaded(@UIEventTopic(RapportTopics.DEMO_DATA_LOADED) org.osgi.service.event.Event event) {
        reload();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().timerExec(-1, recount);
        }
        if (counts != null) {
            counts.forget();
        }
        if (contextMenu != null) {
            contextMenu.dispose();
        }
        if (toolBar != null) {
            toolBar.dispose();
        }
    }

    /** The table of segments (data: the {@link Segment}), for tests. */
    public Table table() {
        return table;
    }

    /** The status line, for tests. */
    public Label status() {
        return status;
    }

    /** Whether segments are being read or counted, for tests. */
    public boolean isBusy() {
        return counts != null && counts.isBusy();
    }

    /** The actions, for tests: New, Edit, Delete, Open as List, Export. */
    public org.eclipse.jface.action.IAction action(String name) {
        return switch (name) {
            case "new" -> actions.newSegment;
            case "edit" -> actions.edit;
            case "delete" -> actions.delete;
            case "open" -> actions.openAsList;
            case "export" -> actions.export;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
