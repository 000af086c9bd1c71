package org.rapport.contacts.ui.internal.list;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.ui.ViewSiteBridge;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * The contacts list: every person in a virtual table that stays fluid over a million people. A query's ordered ids are
 * read once in a job (8 MB for a million), and the table reads the rows of the pages it paints by their ids, so
 * scrolling or jumping anywhere costs one small query. Above the table an instant filter (name or email prefix,
 * applied {@value #FILTER_DELAY_MS} ms after the last keystroke); column headers sort; below, how many people match.
 * <p>
 * The selected people are the workbench selection ({@link PersonRow} adapts to {@code PersonRef}), so the Timeline
 * follows them. Enter or a double-click opens them; Edit &gt; Copy and Edit &gt; Delete act on them. The list refreshes
 * when {@link ContactTopics#CHANGED} is posted.
 */
public class ContactsView implements ContactListLoader.Receiver {

    static final int FILTER_DELAY_MS = 150;
    /**
     * Rows read at a time: about two screens. Each row of a page is one index lookup in the database, so a small page
     * is what makes a jump to row 900,000 as quick as a look at the first screen.
     */
    static final int PAGE_SIZE = 50;
    /** Change events come in bursts (an import, a bulk delete): one refresh after they calm down. */
    static final int REFRESH_DELAY_MS = 250;
    /** At most this many selected people are selected again after a refresh. */
    static final int RESELECT_LIMIT = 10_000;

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
    private MPart part;

    private Text filter;
    private PagedTable<PersonRow> table;
    private Label status;
    private MenuManager contextMenu;
    private ContactListLoader loader;
    private ContactListActions actions;
    private ViewSiteBridge siteBridge;
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();

    private ContactQuery query = ContactQuery.ALL;
    /** The ids the table shows, or {@code null} while only the first rows are known. */
    private IdPageSource shown;
    /** The query whose ids {@link #shown} holds. */
    private ContactQuery shownQuery;
    private List<PersonRow> firstRows = List.of();
    /** The people selected when a read was asked for: selected again wherever the new list shows them. */
    private long[] reselect;
    /**
     * When the view was made, its first rows shown, all its ids arrived on the UI thread and the table took them
     * (System.nanoTime), for the benchmark.
     */
    private final long[] milestones = new long[4];
    /**
     * When the last read was asked for, when its matches were shown (System.nanoTime), and how long showing them took
     * the UI thread (ns), for the benchmark.
     */
    private final long[] lastRead = new long[3];
    private final Runnable applyFilter = this::applyFilter;
    private final Runnable refresh = () -> read(false, true);

    @PostConstruct
    public void createControls(Composite parent) {
        milestones[0] = System.nanoTime();
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        createFilterRow(parent);
        table = new PagedTable<>(parent, SWT.MULTI | SWT.FULL_SELECTION, ContactListColumns.columns(), PAGE_SIZE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 2).applyTo(status);
        if (contacts == null) {
            status.setText("The contact database is not available; see Window > Preferences > Rapport > Database"
                    + " and the log.");
            filter.setEnabled(false);
            return;
        }
        loader = new ContactListLoader(contacts, table.getTable(), this, table.pageSize());
        actions = new ContactListActions(contacts, selection(), page);
        hookTable(table.getTable());
        createContextMenu(table.getTable());
        showSortIndicator();
        if (page != null) {
            siteBridge = ViewSiteBridge.whenReady(page, part, this::installSite);
        }
        status.setText("Reading contacts\u2026");
        read(true, false);
    }

    private void createFilterRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(4, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        filter = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: last name or email starts with\u2026");
        filter.setToolTipText("Shows the people whose last name (then first name) or email starts with what you type."
                + " Arrow down goes to the list.");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(filter);
        filter.addListener(SWT.Modify, e -> {
            filter.getDisplay().timerExec(-1, applyFilter);
            filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
        });
        filter.addListener(SWT.DefaultSelection, e -> {
            filter.getDisplay().timerExec(-1, applyFilter);
            applyFilter();
        });
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && table.rowCount() > 0) {
                table.getTable().setFocus();
                if (table.selectionCount() == 0) {
                    table.setSelection(0);
                    table.setTopIndex(0);
                    publishSelection();
                }
                e.doit = false;
            }
        });
        filter.addListener(SWT.FocusIn, e -> updateActions());
        filter.addListener(SWT.FocusOut, e -> updateActions());
        ToolBar bar = new ToolBar(row, SWT.FLAT);
        ToolItem create = new ToolItem(bar, SWT.PUSH);
        create.setToolTipText("New Contact");
        LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources(), bar);
        create.setImage(images.create(
                AbstractUIPlugin.imageDescriptorFromPlugin(ContactsUi.PLUGIN_ID, "icons/new_contact.png")));
        create.addListener(SWT.Selection, e -> {
            if (actions != null) {
                actions.newContact.run();
            }
        });
    }

    private void hookTable(Table t) {
        for (int i = 0; i < t.getColumnCount(); i++) {
            ContactSort sort = ContactListColumns.ALL.get(i).sort();
            TableColumn column = t.getColumn(i);
            if (sort != null) {
                column.setToolTipText("Sort by " + column.getText().toLowerCase() + "; click again to reverse");
                column.addListener(SWT.Selection, e -> sortBy(sort));
            }
        }
        t.addListener(SWT.Selection, e -> publishSelection());
        t.addListener(SWT.DefaultSelection, e -> actions.openSelected());
        t.addListener(SWT.FocusIn, e -> updateActions());
        t.addListener(SWT.FocusOut, e -> updateActions());
        t.addListener(SWT.KeyDown, this::typeToFilter);
        table.setErrorHandler(e -> status.setText("Could not read the contacts: " + e.getMessage()));
    }

    /** A letter or digit typed in the list goes to the filter, as in a phone's contact list. */
    private void typeToFilter(Event e) {
        if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) == 0 && Character.isLetterOrDigit(e.character)) {
            filter.setFocus();
            filter.insert(String.valueOf(e.character));
            e.doit = false;
        }
    }

    private void createContextMenu(Table t) {
        contextMenu = new MenuManager("#PopupMenu", ContactsUi.LIST_POPUP_MENU_ID);
        contextMenu.add(actions.open);
        contextMenu.add(actions.newContact);
        contextMenu.add(new Separator("edit"));
        contextMenu.add(actions.copy);
        contextMenu.add(actions.delete);
        contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        t.setMenu(contextMenu.createContextMenu(t));
    }

    /** Edit &gt; Copy / Delete and the keys bound to them act on this list; others may add to its context menu. */
    private void installSite(IViewSite site) {
        try {
            IActionBars bars = site.getActionBars();
            bars.setGlobalActionHandler(ActionFactory.COPY.getId(), actions.copy);
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete);
            bars.updateActionBars();
            site.registerContextMenu(ContactsUi.LIST_POPUP_MENU_ID, contextMenu, selectionProvider);
        } catch (RuntimeException e) {
            // the list still works; only the Edit menu and contributed menu items do not reach it
            ILog.of(ContactsView.class).warn("The Contacts view could not connect to Edit > Copy and Delete", e);
        }
    }

    private void applyFilter() {
        if (filter.isDisposed() || loader == null) {
            return;
        }
        ContactQuery filtered = query.withPrefix(filter.getText());
        if (!filtered.equals(query)) {
            query = filtered;
            read(true, false);
        }
    }

    private void sortBy(ContactSort sort) {
        query = new ContactQuery(query.prefix(), sort, sort == query.sort() && !query.descending());
        showSortIndicator();
        read(true, false);
    }

    private void showSortIndicator() {
        Table t = table.getTable();
        t.setSortColumn(t.getColumn(ContactListColumns.indexOf(query.sort())));
        t.setSortDirection(query.descending() ? SWT.DOWN : SWT.UP);
    }

    /**
     * Reads the current query in the background.
     *
     * @param newList     whether this is another list (a filter or order), shown from its top
     * @param dataChanged whether people changed: a refresh of the same list in place
     */
    private void read(boolean newList, boolean dataChanged) {
        if (loader == null || table.getTable().isDisposed()) {
            return;
        }
        lastRead[0] = System.nanoTime();
        lastRead[1] = 0;
        if (reselect == null) {
            reselect = selectedIds(RESELECT_LIMIT);
        }
        loader.request(query, newList, dataChanged);
        if (newList) {
            table.setTopIndex(0);
        }
    }

    @Override
    public void firstRows(ContactQuery read, List<PersonRow> rows) {
        int samePeople = shown != null && shownQuery.prefix().equals(read.prefix()) ? shown.size() : -1;
        shown = null;
        firstRows = rows;
        table.deselectAll(); // the selected indices would point at other people; reselected with the ids
        if (samePeople > rows.size()) {
            // The same people in another order: the row count stays, since GTK takes seconds to remove a million rows
            // and as long to add them again; until the ids come, rows are read by their position.
            table.setSource(new QueryPageSource(contacts, read, samePeople), samePeople, rows);
        } else {
            table.setSource(PageSource.of(rows), rows.size(), rows);
        }
        status.setText(rows.isEmpty() ? "Reading contacts\u2026" : "Counting\u2026");
        if (milestones[1] == 0) {
            milestones[1] = System.nanoTime();
        }
    }

    @Override
    public void matches(ContactQuery read, long[] ids, List<PersonRow> knownFirstRows, int everyone) {
        long arrived = System.nanoTime();
        long[] selected = reselect == null ? new long[0] : reselect;
        reselect = null;
        shown = new IdPageSource(contacts, ids);
        shownQuery = read;
        firstRows = List.of();
        table.setSource(shown, ids.length, knownFirstRows);
        reselect(selected, ids);
        lastRead[1] = System.nanoTime();
        lastRead[2] = lastRead[1] - arrived;
        if (milestones[3] == 0) {
            milestones[2] = arrived;
            milestones[3] = System.nanoTime();
            milestones[1] = milestones[1] == 0 ? milestones[3] : milestones[1];
        }
        showStatus(ids.length, everyone);
    }

    @Override
    public void failed(Exception error) {
        reselect = null;
        status.setText("Could not read the contacts: " + error.getMessage());
    }

    private void showStatus(int matching, int everyone) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        if (everyone == 0) {
            status.setText("No contacts yet: create one with New Contact (File > New), or import them (File > Import).");
        } else if (query.prefix().isEmpty()) {
            status.setText(ContactListActions.people(everyone));
        } else if (matching == 0) {
            status.setText("No one of " + number.format(everyone) + " matches \u201c" + filter.getText().trim() + "\u201d");
        } else {
            status.setText(number.format(matching) + " of " + number.format(everyone) + " match");
        }
        status.getParent().layout(new Control[] { status });
    }

    /** Selects the same people again after the list was re-read, wherever they are now. */
    private void reselect(long[] selected, long[] ids) {
        if (selected.length == 0) {
            return;
        }
        Set<Long> wanted = new HashSet<>();
        for (long id : selected) {
            wanted.add(id);
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < ids.length && indices.size() < wanted.size(); i++) {
            if (wanted.contains(ids[i])) {
                indices.add(i);
            }
        }
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
        if (!indices.isEmpty()) {
            table.showRow(indices.get(0)); // the person stays in sight where a new order put them
        }
        publishSelection();
    }

    private void publishSelection() {
        List<PersonRow> rows = table.selectedRows();
        StructuredSelection selection = new StructuredSelection(rows);
        selectionProvider.setSelection(selection);
        selectionService.setSelection(selection);
        updateActions();
    }

    private void updateActions() {
        if (actions != null && !table.getTable().isDisposed()) {
            actions.update(table.selectionCount(), !filter.isFocusControl());
        }
    }

    /** The ids of the selected people, at most {@code limit}. */
    private long[] selectedIds(int limit) {
        int[] indices = table.selectionIndices();
        int n = Math.min(indices.length, limit);
        long[] ids = new long[n];
        int found = 0;
        for (int i = 0; i < n; i++) {
            int index = indices[i];
            if (shown != null && index < shown.size()) {
                ids[found++] = shown.idAt(index);
            } else if (index < firstRows.size()) {
                ids[found++] = firstRows.get(index).id();
            }
        }
        return found == n ? ids : Arrays.copyOf(ids, found);
    }

    private ContactListActions.Selection selection() {
        return new ContactListActions.Selection() {
            @Override
            public long[] ids() {
                return selectedIds(Integer.MAX_VALUE);
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
            table.getTable().getDisplay().timerExec(REFRESH_DELAY_MS, refresh);
        }
    }

    @Focus
    public void setFocus() {
        if (table.rowCount() > 0 || contacts == null) {
            table.getTable().setFocus();
        } else {
            filter.setFocus();
        }
    }

    @PreDestroy
    public void dispose() {
        if (loader != null) {
            loader.cancel();
        }
        if (siteBridge != null) {
            siteBridge.dispose();
        }
        if (contextMenu != null) {
            contextMenu.dispose();
        }
    }

    /** The ids of every selected person in list order, rows not loaded yet included (an export of a selection). */
    public long[] selectedIds() {
        return table == null || table.getTable().isDisposed() ? new long[0] : selectedIds(Integer.MAX_VALUE);
    }

    /** The table, for tests and benchmarks. */
    public PagedTable<PersonRow> table() {
        return table;
    }

    /** The filter box, for tests. */
    public Text filter() {
        return filter;
    }

    /** The status line ("42 of 1,000 match"), for tests. */
    public Label status() {
        return status;
    }

    /** The query shown, for tests. */
    public ContactQuery query() {
        return query;
    }

    /**
     * When (System.nanoTime) the view was made, showed its first rows, got all its ids and had the table take them
     * (0: not yet): where the time of opening goes, for the benchmark.
     */
    public long[] milestones() {
        return milestones.clone();
    }

    /**
     * When (System.nanoTime) the last read was asked for and when its matches were shown (0: not yet), and how long
     * (ns) the UI thread took to show them.
     */
    public long[] lastRead() {
        return lastRead.clone();
    }

    /** Whether a query is being read, for tests. */
    public boolean isReading() {
        return loader != null && loader.isBusy();
    }
}
