package org.rapport.community.ui.internal.members;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.Event;
import org.rapport.community.ActivityService;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.handlers.ActivityImport;
import org.rapport.core.people.PersonLookup;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.ui.ViewSiteBridge;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * Every member in a paged virtual table (level, love, reach, last active, platforms, linked contact), read a page at a
 * time so a community of 100,000 opens at once: the first page is shown before the members are counted. Filtered by
 * words, by what the member is (ambassador, linked, staff) and ordered by name, last activity or activity. The picked
 * member is the workbench selection: the Member view shows it, and a linked member is its contact for the Timeline.
 */
public class MembersView {

    /** What an empty community says: how to fill it. */
    static final String EMPTY = "No members yet. Members come from the social feed's authors, from"
            + " <a href=\"import\">imported activity exports</a> (forum, chat, GitHub, attendee lists) and from events.";
    /** What a filter that matches nobody says. */
    static final String NO_MATCH = "No member matches. <a href=\"clear\">Show every member</a>.";

    /** Rows read before the count: a screenful, so the first rows come soonest. */
    static final int FIRST_ROWS = 60;

    private static final String[] SHOW = { "All members", "Ambassadors", "Linked to a contact", "Not linked",
            "Staff" };
    private static final String[] ORDER = { "By name", "Recently active first", "Most active first" };
    private static final String[] LEVELS = { "Every level", "1 Advocates", "2 Contributors", "3 Participants",
            "4 Explorers" };

    @Inject
    @Optional
    @Service
    private MemberService members;

    @Inject
    @Optional
    @Service
    private ScoreService scores;

    @Inject
    @Optional
    @Service
    private ActivityService activities;

    @Inject
    @Optional
    @Service
    private PersonLookup people;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private IWorkbenchPage page;

    @Inject
    private MPart part;

    private Text text;
    private Combo show;
    private Combo order;
    private Combo level;
    private Label status;
    private Composite stack;
    private StackLayout stackLayout;
    private Link hint;
    private PagedTable<MemberRow> table;
    private LatestRequest<MemberList> reader;
    private MemberList shownQuery;
    private ViewSiteBridge siteBridge;
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private long openedAt;
    private long firstRowsMillis = -1;
    private final Runnable refresh = () -> read(false);
    private final Runnable typed = () -> read(true);

    @PostConstruct
    public void createControls(Composite parent) {
        openedAt = System.nanoTime();
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage("Name, organization or handle");
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> later(typed, 250));
        level = combo(bar, LEVELS);
        show = combo(bar, SHOW);
        order = combo(bar, ORDER);
        status = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(status);

        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
        table = new PagedTable<>(stack, SWT.SINGLE | SWT.FULL_SELECTION, MemberColumns.columns());
        table.setErrorHandler(e -> status.setText("Could not read the members: " + UiJobs.message(e)));
        table.getTable().addListener(SWT.Selection, e -> publishSelection());
        table.getTable().addListener(SWT.DefaultSelection, e -> showMemberView());
        hint = new Link(stack, SWT.WRAP);
        hint.addListener(SWT.Selection, e -> hintClicked(e.text));
        stackLayout.topControl = table.getControl();
        if (members == null) {
            showHint("The community database is not available; see the Error Log.");
            return;
        }
        siteBridge = ViewSiteBridge.whenReady(page, part, site -> site.setSelectionProvider(selectionProvider));
        reader = LatestRequest.<MemberList> named("Reading the community members").on(table.getTable())
                .onError(e -> status.setText("Could not read the members: " + UiJobs.message(e)))
                .reads(this::readMembers);
        read(true);
    }

    private Combo combo(Composite bar, String[] items) {
        Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> read(true));
        return combo;
    }

    /** What the filters ask for: members at a level (by gravity), or members by the query. */
    MemberList query() {
        boolean byLevel = level.getSelectionIndex() > 0;
        text.setEnabled(!byLevel);
        show.setEnabled(!byLevel);
        order.setEnabled(!byLevel);
        return new MemberList(memberQuery(), byLevel ? OrbitLevel.of(level.getSelectionIndex()) : null);
    }

    private MemberQuery memberQuery() {
        MemberQuery.Sort sort = MemberQuery.Sort.values()[Math.max(0, order.getSelectionIndex())];
        return switch (show.getSelectionIndex()) {
            case 1 -> new MemberQuery(text.getText(), "", null, true, null, sort);
            case 2 -> new MemberQuery(text.getText(), "", null, false, Boolean.TRUE, sort);
            case 3 -> new MemberQuery(text.getText(), "", null, false, Boolean.FALSE, sort);
            case 4 -> new MemberQuery(text.getText(), "", Boolean.TRUE, false, null, sort);
            default -> new MemberQuery(text.getText(), "", null, false, null, sort);
        };
    }

    private void read(boolean fromTop) {
        if (reader == null || table.getTable().isDisposed()) {
            return;
        }
        MemberList query = query();
        if (fromTop && !query.equals(shownQuery)) {
            table.deselectAll();
            table.setTopIndex(0);
            status.setText("Reading\u2026");
        }
        reader.request(query);
    }

    private void readMembers(MemberList query, LatestRequest.Reply reply, IProgressMonitor monitor)
            throws Exception {
        int pageSize = Math.min(FIRST_ROWS, table.pageSize());
        PageSource<MemberRow> source = new MemberRows(members, scores, people).of(query);
        List<MemberRow> first = source.page(0, pageSize);
        reply.show(() -> show(query, source, first.size(), first, first.size() < pageSize));
        if (first.size() < pageSize || !reply.isCurrent()) {
            return;
        }
        int count = source.count();
        reply.show(() -> show(query, source, count, first, true));
    }

    private void show(MemberList query, PageSource<MemberRow> source, int count, List<MemberRow> first,
            boolean counted) {
        shownQuery = query;
        table.setSource(source, count, first);
        if (firstRowsMillis < 0 && count > 0) {
            firstRowsMillis = (System.nanoTime() - openedAt) / 1_000_000;
        }
        if (count == 0) {
            showHint(query.level() == null && query.query().equals(MemberQuery.ALL.withSort(query.query().sort()))
                    ? EMPTY : NO_MATCH);
        } else {
            stackLayout.topControl = table.getControl();
            stack.layout(true);
        }
        status.setText(count == 1 ? "1 member" : String.format(counted ? "%,d members" : "%,d+ members", count));
    }

    private void showHint(String message) {
        hint.setText(message);
        stackLayout.topControl = hint;
        stack.layout(true);
    }

    private void hintClicked(String what) {
        if ("clear".equals(what)) {
            text.setText("");
            show.select(0);
            level.select(0);
            read(true);
        } else if ("import".equals(what)) {
            ActivityImport.chooseAndImport(hint.getShell(), activities, status::setText);
        }
    }

    private void publishSelection() {
        List<MemberRow> picked = table.selectedRows();
        StructuredSelection selection = picked.isEmpty() ? StructuredSelection.EMPTY
                : new StructuredSelection(picked.stream().map(MemberRow::member).toList());
        selectionProvider.setSelection(selection);
        selectionService.setSelection(selection);
    }

    private void showMemberView() {
        try {
            page.showView(CommunityUi.MEMBER_VIEW_ID);
        } catch (PartInitException e) {
            status.setText("The Member view could not open: " + UiJobs.message(e));
        }
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(CommunityTopics.ALL) Event event) {
        if (!CommunityTopics.EVENTS_CHANGED.equals(event.getTopic())) {
            later(refresh, 400);
        }
    }

    private void later(Runnable runnable, int millis) {
        if (table != null && !table.getTable().isDisposed()) {
            table.getTable().getDisplay().timerExec(-1, runnable);
            table.getTable().getDisplay().timerExec(millis, runnable);
        }
    }

    @Focus
    public void setFocus() {
        table.getTable().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (siteBridge != null) {
            siteBridge.dispose();
        }
    }

    /** Filters as a user would and reads; for tests. */
    public void filter(String words, int showIndex, OrbitLevel at) {
        text.setText(words);
        show.select(showIndex);
        level.select(at == null ? 0 : at.number());
        read(true);
    }

    /** The query shown last, for tests. */
    public MemberList shownQuery() {
        return shownQuery;
    }

    /** Whether members are being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** Milliseconds from the view's creation to its first rows on screen, or −1 before; for the benchmark. */
    public long firstRowsMillis() {
        return firstRowsMillis;
    }

    /** The table, for tests. */
    public PagedTable<MemberRow> table() {
        return table;
    }

    /** What the view says instead of rows, or {@code null} while it shows rows; for tests. */
    public String hint() {
        return stackLayout.topControl == hint ? hint.getText() : null;
    }

    /** The status ("1,234 members"), for tests. */
    public String status() {
        return status.getText();
    }

    /**
     * What the list shows: the members at a level (highest gravity first), or else those of the query.
     *
     * @param query the words, kind and order (when no level is picked)
     * @param level the level, or {@code null}
     */
    public record MemberList(MemberQuery query, OrbitLevel level) {
    }
}
