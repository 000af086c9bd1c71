package org.rapport.contacts.ui.internal.list;

import java.text.NumberFormat;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.PagedTable;

/**
 * The members of one saved segment as a contacts list: the same columns, sorting, virtual paging, Timeline-following
 * selection ({@link PersonRow} adapts to {@code PersonRef}) and Enter/double-click to open the contact editor as the
 * Contacts view. Members are whoever meets the criteria now: the list is read again when contacts or the segment
 * change. The segment shown is remembered with the workbench, so the list comes back after a restart.
 */
public class SegmentMembersView {

    /** Posted (workbench event broker) after a segment was saved or deleted; property {@link #SEGMENT_ID}. */
    public static final String SEGMENT_CHANGED_TOPIC = "org/rapport/contacts/ui/segments/CHANGED";
    /** Event property and persisted part state: the segment's id ({@code Long}, or its text in the state). */
    public static final String SEGMENT_ID = "segmentId";

    @Inject
    @Optional
    @Service
    private SegmentService segments;

    @Inject
    @Optional
    @Service
    private ContactService contacts;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private MPart part;

    @Inject
    @Optional
    private IWorkbenchPage page;

    private Label heading;
    private PagedTable<PersonRow> table;
    private Label status;
    private ContactListActions actions;
    private MenuManager contextMenu;
    private Segment segment;
    private ContactSort sort = ContactSort.NAME;
    private boolean descending;
    private IdPageSource shown;
    private LatestRequest<SegmentQuery> reader;
    private final Runnable refresh = this::read;

    /** Shows the segment's members in this view, opening it (as a tab beside the contacts list) if needed. */
    public static SegmentMembersView open(IWorkbenchPage page, Segment segment) throws PartInitException {
        page.showView(ContactsUi.SEGMENT_MEMBERS_VIEW_ID);
        EPartService parts = page.getWorkbenchWindow().getService(EPartService.class);
        MPart members = parts.findPart(ContactsUi.SEGMENT_MEMBERS_VIEW_ID);
        if (members == null) {
            throw new PartInitException("the segment members view is not in the window");
        }
        members.getPersistedState().put(SEGMENT_ID, Long.toString(segment.getId()));
        if (members.getObject() instanceof SegmentMembersView view) {
            view.show(segment);
            return view;
        }
        return null;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(heading);
        table = new PagedTable<>(parent, SWT.MULTI | SWT.FULL_SELECTION, ContactListColumns.columns());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(status);
        if (segments == null || contacts == null) {
            status.setText("The contact database is not available; see Window > Preferences > Rapport > Database"
                    + " and the log.");
            return;
        }
        actions = new ContactListActions(contacts, selection(), page);
        hookTable(table.getTable());
        heading.setText("Open a segment from the Segments view (Open as List) to see its members here.");
        String saved = part.getPersistedState().get(SEGMENT_ID);
        if (saved != null && segment == null) {
            restore(Long.parseLong(saved));
        }
    }

    private void hookTable(Table t) {
        for (int i = 0; i < t.getColumnCount(); i++) {
            ContactSort columnSort = ContactListColumns.ALL.get(i).sort();
            TableColumn column = t.getColumn(i);
            if (columnSort != null) {
                column.addListener(SWT.Selection, e -> sortBy(columnSort));
            }
        }
        t.setSortColumn(t.getColumn(ContactListColumns.indexOf(sort)));
        t.setSortDirection(SWT.UP);
        t.addListener(SWT.Selection, e -> publishSelection());
        t.addListener(SWT.DefaultSelection, e -> actions.openSelected());
        t.addListener(SWT.FocusIn, e -> updateActions());
        table.setErrorHandler(e -> status.setText("Could not read the members: " + e.getMessage()));
        contextMenu = new MenuManager("#PopupMenu");
        contextMenu.add(actions.open);
        contextMenu.add(actions.copy);
        t.setMenu(contextMenu.createContextMenu(t));
    }

    /** Shows a segment's members (read in the background). */
    public void show(Segment shownSegment) {
        segment = shownSegment;
        part.getPersistedState().put(SEGMENT_ID, Long.toString(shownSegment.getId()));
        part.setLabel("Segment: " + shownSegment.getName());
        part.setTooltip("Members of the segment \u201c" + shownSegment.getName() + "\u201d");
        heading.setText("Members of \u201c" + shownSegment.getName() + "\u201d"
                + (shownSegment.getDescription().isBlank() ? "" : ": " + shownSegment.getDescription()));
        heading.getParent().layout(true);
        table.setTopIndex(0);
        table.deselectAll();
        read();
    }

    /** Reads a segment by id (after a restart, or after it was saved) and shows it; says so if it is gone. */
    private void restore(long id) {
        UiJobs.once("Reading segment", table.getTable(), () -> segments.segment(id), found -> {
            if (found.isPresent()) {
                show(found.get());
            } else {
                segment = null;
                heading.setText("The segment shown here was deleted.");
                table.setSource(org.rapport.ui.table.PageSource.of(List.of()), 0, List.of());
                status.setText("");
            }
        }, e -> status.setText("Could not read the segment: " + UiJobs.message(e)));
    }

    private void sortBy(ContactSort columnSort) {
        descending = columnSort == sort && !descending;
        sort = columnSort;
        Table t = table.getTable();
        t.setSortColumn(t.getColumn(ContactListColumns.indexOf(sort)));
        t.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        read();
    }

    /** Reads the ordered ids of the members in a job; the table then reads the rows of the pages it paints. */
    private void read() {
        if (segment == null || table.getTable().isDisposed()) {
            return;
        }
        status.setText("Reading members\u2026");
        if (reader == null) {
            reader = LatestRequest.<SegmentQuery> named("Reading the members of a segment").on(table.getTable())
                    .onError(e -> status.setText("Could not read the members: " + e.getMessage()))
                    .reads((query, reply, monitor) -> {
                        long[] ids = segments.ids(query);
                        reply.show(() -> showIds(ids));
                    });
        }
        reader.request(new SegmentQuery(segment.getCriteria(), sort, descending));
    }

    private void showIds(long[] ids) {
        shown = new IdPageSource(contacts, ids);
        table.setSource(shown, ids.length, null);
        status.setText(ids.length == 0 ? "No one meets the criteria now."
                : (ids.length == 1 ? "1 member" : NumberFormat.getIntegerInstance().format(ids.length) + " members"));
        publishSelection();
    }

    private void publishSelection() {
        List<PersonRow> rows = table.selectedRows();
        selectionService.setSelection(new StructuredSelection(rows));
        updateActions();
    }

    private void updateActions() {
        if (actions != null && !table.getTable().isDisposed()) {
            actions.update(table.selectionCount(), true);
        }
    }

    private ContactListActions.Selection selection() {
        return new ContactListActions.Selection() {
            @Override
            public long[] ids() {
                int[] indices = table.selectionIndices();
                long[] ids = new long[indices.length];
                for (int i = 0; i < indices.length; i++) {
                    ids[i] = shown == null ? 0 : shown.idAt(indices[i]);
                }
                return ids;
            }

            @Override
            public List<PersonRow> loadedRows() {
                return table.selectedRows();
            }

            @Override
            public Shell shell() {
                return table.getTable().getShell();
            }
        };
    }

    @Inject
    @Optional
    void contactsChanged(@UIEventTopic(ContactTopics.CHANGED) org.osgi.service.event.Event event) {
        if (table != null && !table.getTable().isDisposed()) {
            table.getTable().getDisplay().timerExec(-1, refresh);
            table.getTable().getDisplay().timerExec(ContactsView.REFRESH_DELAY_MS, refresh);
        }
    }

    @Inject
    @Optional
    void segmentChanged(@UIEventTopic(SEGMENT_CHANGED_TOPIC) org.osgi.service.event.Event event) {
        Object id = event.getProperty(SEGMENT_ID);
        if (segment != null && id instanceof Long changed && changed == segment.getId() && table != null
                && !table.getTable().isDisposed()) {
            restore(changed);
        }
    }

    @Focus
    public void setFocus() {
        table.getTable().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (reader != null) {
            reader.forget();
        }
        if (contextMenu != null) {
            contextMenu.dispose();
        }
    }

    /** The table, for tests. */
    public PagedTable<PersonRow> table() {
        return table;
    }

    /** The segment shown, or {@code null}, for tests. */
    public Segment segment() {
        return segment;
    }

    /** Whether the members are being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The status line ("42 members"), for tests. */
    public Label status() {
        return status;
    }

    /** The ids shown, in order, for tests. */
    public long[] ids() {
        if (shown == null) {
            return new long[0];
        }
        long[] ids = new long[shown.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = shown.idAt(i);
        }
        return ids;
    }
}
