package org.rapport.feed.ui.internal.stream;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.event.Event;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.SourceService;
import org.rapport.feed.WatchService;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.NetworkIcons;
import org.rapport.feed.ui.internal.Views;
import org.rapport.feed.ui.internal.sources.FileImport;
import org.rapport.feed.ui.internal.sources.SourcesView;
import org.rapport.ui.SimpleSelectionProvider;
import org.rapport.ui.ViewSiteBridge;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * Every stored post, newest first, in a paged virtual table that stays fluid over a million posts: the first page is
 * read and shown before the posts are counted, the rest is read page by page as the user scrolls. The filters
 * restrict it by source, sentiment, term, matched contacts and unanswered conversations. The picked post is the
 * workbench selection (it adapts to its author's contact, so the Timeline follows). It is read again, keeping its
 * place, when posts change; an empty stream says how to fill it.
 */
public class StreamView {

    /** What an empty feed says: how to get posts into it. */
    static final String EMPTY = "No posts yet. <a href=\"add\">Add a source</a> (a feed URL, @user@instance,"
            + " #tag@instance or bsky:handle) or <a href=\"import\">import a file</a> (Mastodon or Bluesky JSON,"
            + " saved RSS/Atom) to see what people say.";
    /** What a stream filtered to nothing says. */
    static final String NO_MATCH = "No posts match these filters. <a href=\"clear\">Show every post</a>.";

    /** Rows read before the count: more than a screen shows, fewer than a page, so the first rows come soonest. */
    static final int FIRST_ROWS = 60;

    @Inject
    @Optional
    @Service
    private FeedService feed;

    @Inject
    @Optional
    @Service
    private SourceService sourceService;

    @Inject
    @Optional
    @Service
    private WatchService watchService;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private IWorkbenchPage page;

    @Inject
    private MPart part;

    private StreamFilters filters;
    private Composite stack;
    private StackLayout stackLayout;
    private Link hint;
    private PagedTable<Post> table;
    private LatestRequest<PostQuery> reader;
    private PostQuery shownQuery;
    private ViewSiteBridge siteBridge;
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private long openedAt;
    private long firstRowsMillis = -1;
    private final Runnable refresh = () -> read(false);
    private final Runnable filterTyped = () -> read(true);
    private final Runnable choicesRefresh = this::readChoices;

    @PostConstruct
    public void createControls(Composite parent) {
        openedAt = System.nanoTime();
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        filters = new StreamFilters(parent, () -> read(true), () -> Views.soon(parent, 250, filterTyped));
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
        table = new PagedTable<>(stack, SWT.SINGLE | SWT.FULL_SELECTION, StreamColumns.columns());
        StreamColumns.decorate(table.getTable(), new NetworkIcons(table.getTable()));
        table.setErrorHandler(e -> filters.status().setText("Could not read the posts: " + UiJobs.message(e)));
        table.getTable().addListener(SWT.Selection, e -> publishSelection());
        table.getTable().addListener(SWT.DefaultSelection, e -> showPostView());
        hint = new Link(stack, SWT.WRAP);
        hint.addListener(SWT.Selection, e -> hintClicked(e.text));
        stackLayout.topControl = table.getControl();
        if (feed == null) {
            showHint("The social feed database is not available; see the Error Log.");
            return;
        }
        siteBridge = ViewSiteBridge.whenReady(page, part, site -> site.setSelectionProvider(selectionProvider));
        reader = LatestRequest.<PostQuery> named("Reading the feed").on(table.getTable())
                .onError(e -> filters.status().setText("Could not read the posts: " + UiJobs.message(e)))
                .reads(this::readPosts);
        read(true);
        readChoices();
    }

    /** Reads the posts of the filters; from the top when the query changed, else keeping the place. */
    private void read(boolean fromTop) {
        if (reader == null || table.getTable().isDisposed()) {
            return;
        }
        PostQuery query = filters.query();
        if (fromTop && !query.equals(shownQuery)) {
            table.deselectAll();
            table.setTopIndex(0);
        }
        if (shownQuery == null || !query.equals(shownQuery)) {
            filters.status().setText("Reading\u2026");
        }
        reader.request(query);
    }

    /**
     * A screenful first (what the user sees at once; the rest of its page is read when scrolled to), then the count
     * that sizes the list.
     */
    private void readPosts(PostQuery query, LatestRequest.Reply reply, IProgressMonitor monitor) {
        FeedService service = feed;
        int pageSize = Math.min(FIRST_ROWS, table.pageSize());
        List<Post> first = service.posts(query, 0, pageSize);
        PageSource<Post> source = new PageSource<>() {
            @Override
            public int count() {
                return service.count(query);
            }

            @Override
            public List<Post> page(int offset, int limit) {
                return service.posts(query, offset, limit);
            }
        };
        reply.show(() -> show(query, source, first.size(), first, first.size() < pageSize));
        if (first.size() < pageSize || !reply.isCurrent()) {
            return;
        }
        int count = service.count(query);
        reply.show(() -> show(query, source, count, first, true));
    }

    private void show(PostQuery query, PageSource<Post> source, int count, List<Post> first, boolean counted) {
        shownQuery = query;
        table.setSource(source, count, first);
        if (firstRowsMillis < 0 && count > 0) {
            firstRowsMillis = (System.nanoTime() - openedAt) / 1_000_000;
        }
        if (count == 0) {
            showHint(filters.isFiltering() ? NO_MATCH : EMPTY);
        } else {
            stackLayout.topControl = table.getControl();
            stack.layout(true);
        }
        filters.status().setText(counted ? String.format("%,d posts", count) : String.format("%,d+ posts", count));
        filters.status().getParent().layout(true);
    }

    private void showHint(String text) {
        hint.setText(text);
        stackLayout.topControl = hint;
        stack.layout(true);
    }

    private void hintClicked(String what) {
        switch (what) {
            case "clear" -> {
                filters.clear();
                read(true);
            }
            case "import" -> FileImport.chooseAndImport(hint.getShell(), sourceService,
                    summary -> filters.status().setText(summary));
            case "add" -> {
                try {
                    SourcesView sources = Views.show(page, FeedUi.SOURCES_VIEW_ID, SourcesView.class);
                    if (sources != null) {
                        sources.addSource();
                    }
                } catch (PartInitException e) {
                    filters.status().setText("The Sources view could not open: " + UiJobs.message(e));
                }
            }
            default -> {
                // not a link of ours
            }
        }
    }

    /** The sources and watched terms the filters offer. */
    private void readChoices() {
        if (sourceService != null) {
            UiJobs.once("Reading the feed sources", filters.sourceCombo(), sourceService::sources, filters::setSources,
                    e -> filters.status().setText("Could not read the sources: " + UiJobs.message(e)));
        }
        if (watchService != null) {
            UiJobs.once("Reading the watched terms", filters.sourceCombo(), watchService::watched, filters::setTerms,
                    e -> filters.status().setText("Could not read the watched terms: " + UiJobs.message(e)));
        }
    }

    private void publishSelection() {
        List<Post> picked = table.selectedRows();
        StructuredSelection selection = picked.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(picked);
        selectionProvider.setSelection(selection);
        selectionService.setSelection(selection);
    }

    private void showPostView() {
        try {
            page.showView(FeedUi.POST_VIEW_ID);
        } catch (PartInitException e) {
            filters.status().setText("The Post view could not open: " + UiJobs.message(e));
        }
    }

    @Inject
    @Optional
    void postsChanged(@UIEventTopic(FeedTopics.POSTS_CHANGED) Event event) {
        later(refresh, 400);
    }

    @Inject
    @Optional
    void choicesChanged(@UIEventTopic(FeedTopics.ALL) Event event) {
        if (FeedTopics.SOURCES_CHANGED.equals(event.getTopic()) || FeedTopics.WATCHES_CHANGED.equals(event.getTopic())) {
            later(choicesRefresh, 400);
        }
    }

    private void later(Runnable runnable, int millis) {
        if (table != null) {
            Views.soon(table.getTable(), millis, runnable);
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

    /** Sets the filters as a user would and reads; for tests and other feed views. */
    public void filter(SentimentLabel label, String term, boolean matchedOnly, boolean unanswered) {
        filters.set(label, term, matchedOnly, unanswered);
        read(true);
    }

    /** The query shown last, for tests. */
    public PostQuery shownQuery() {
        return shownQuery;
    }

    /** Whether posts are being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** Milliseconds from the view's creation to its first rows on screen, or −1 before; for the benchmark. */
    public long firstRowsMillis() {
        return firstRowsMillis;
    }

    /** The table, for tests. */
    public PagedTable<Post> table() {
        return table;
    }

    /** What the view says instead of rows, or {@code null} while it shows rows; for tests. */
    public String hint() {
        return stackLayout.topControl == hint ? hint.getText() : null;
    }

    /** The filter status ("1,234 posts"), for tests. */
    public String status() {
        return filters.status().getText();
    }

    /** The source filter, for tests. */
    Control sourceFilter() {
        return filters.sourceCombo();
    }
}
