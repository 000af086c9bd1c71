package org.rapport.feed.ui.internal.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;
import org.rapport.feed.BuzzAlert;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.WatchService;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.NetworkIcons;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.feed.ui.internal.Views;

/**
 * Negative-buzz alerts, newest first (unseen in bold), and beside them the posts that caused the picked one; a picked
 * post is the workbench selection, so the Post view shows it with its conversation. Read again when an alert is raised.
 */
public class AlertsView {

    /** Alerts read at most. */
    static final int LIMIT = 500;
    static final String[] ALERT_COLUMNS = { "When", "About", "Negative", "Usual", "Seen" };
    static final String[] POST_COLUMNS = { "Time", "Author", "Contact", "Sentiment", "Text" };

    @Inject
    @Optional
    @Service
    private WatchService watchService;

    @Inject
    @Optional
    @Service
    private FeedService feed;

    @Inject
    private ESelectionService selectionService;

    private Table alertTable;
    private Table postTable;
    private Label status;
    private NetworkIcons icons;
    private List<BuzzAlert> alerts = List.of();
    private List<Post> posts = List.of();
    private LatestRequest<Void> reader;
    private LatestRequest<BuzzAlert> postReader;
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Button seen = new Button(row, SWT.PUSH);
        seen.setText("Mark &Seen");
        seen.setToolTipText("Mark the picked alert as seen");
        seen.addListener(SWT.Selection, e -> markSelectedSeen());
        status = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm split = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        alertTable = table(split, ALERT_COLUMNS, new int[] { 118, 160, 70, 60, 50 });
        postTable = table(split, POST_COLUMNS, new int[] { 118, 170, 120, 110, 360 });
        split.setWeights(40, 60);
        icons = new NetworkIcons(postTable);
        alertTable.addListener(SWT.Selection, e -> readPosts());
        postTable.addListener(SWT.Selection, e -> {
            int index = postTable.getSelectionIndex();
            if (index >= 0 && index < posts.size()) {
                selectionService.setSelection(new StructuredSelection(posts.get(index)));
            }
        });
        if (watchService == null || feed == null) {
            status.setText("The social feed is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Void> named("Reading the alerts").on(alertTable)
                .onError(e -> status.setText("Could not read the alerts: " + UiJobs.message(e)))
                .reads((none, reply, monitor) -> {
                    List<BuzzAlert> read = watchService.alerts(LIMIT);
                    reply.show(() -> show(read));
                });
        postReader = LatestRequest.<BuzzAlert> named("Reading an alert's posts").on(postTable)
                .onError(e -> status.setText("Could not read the posts: " + UiJobs.message(e)))
                .reads((alert, reply, monitor) -> {
                    List<Post> read = new ArrayList<>();
                    for (long id : alert.postIds()) {
                        feed.post(id).ifPresent(read::add);
                    }
                    reply.show(() -> showPosts(read));
                });
        read();
    }

    private static Table table(Composite parent, String[] titles, int[] widths) {
        Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }

    private void read() {
        if (reader != null && !alertTable.isDisposed()) {
            reader.request(null);
        }
    }

    private void show(List<BuzzAlert> read) {
        BuzzAlert selected = selected();
        alerts = List.copyOf(read);
        alertTable.removeAll();
        int unseen = 0;
        for (BuzzAlert alert : alerts) {
            TableItem item = new TableItem(alertTable, SWT.NONE);
            item.setText(new String[] { FeedFormats.when(alert.to()), alert.label(), Integer.toString(alert.negative()),
                    String.format(Locale.ROOT, "%.1f", alert.baseline()), alert.seen() ? "seen" : "new" });
            if (!alert.seen()) {
                unseen++;
                item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
                item.setForeground(2, FeedFormats.color(org.rapport.feed.SentimentLabel.NEGATIVE));
            }
            if (selected != null && selected.id() == alert.id()) {
                alertTable.setSelection(item);
            }
        }
        status.setText(alerts.isEmpty()
                ? "No alerts: negative buzz about a watched term or person (Watched Terms) raises one here."
                : alerts.size() + " alerts, " + unseen + " new");
        status.getParent().layout(true);
        if (alertTable.getSelectionIndex() < 0 && !alerts.isEmpty()) {
            alertTable.setSelection(0);
        }
        readPosts();
    }

    private BuzzAlert selected() {
        int index = alertTable.getSelectionIndex();
        return index >= 0 && index < alerts.size() ? alerts.get(index) : null;
    }

    private void readPosts() {
        BuzzAlert alert = selected();
        if (alert == null) {
            showPosts(List.of());
        } else if (postReader != null) {
            postReader.request(alert);
        }
    }

    private void showPosts(List<Post> read) {
        posts = List.copyOf(read);
        postTable.removeAll();
        for (Post post : posts) {
            TableItem item = new TableItem(postTable, SWT.NONE);
            item.setText(new String[] { FeedFormats.when(post.published()), FeedFormats.author(post.author()),
                    FeedFormats.contact(post), FeedFormats.sentiment(post), FeedFormats.firstLine(post.text()) });
            item.setImage(0, icons.of(post.network()));
            item.setForeground(3, FeedFormats.color(post.label()));
        }
    }

    private void markSelectedSeen() {
        BuzzAlert alert = selected();
        if (alert == null || alert.seen()) {
            return;
        }
        UiJobs.once("Marking an alert as seen", alertTable, () -> {
            watchService.markSeen(alert.id());
            return alert;
        }, done -> read(), e -> status.setText("Could not mark the alert: " + UiJobs.message(e)));
    }

    /** Selects an alert by id (what the notification's "Show" does) and shows its posts. */
    public void select(long alertId) {
        for (int i = 0; i < alerts.size(); i++) {
            if (alerts.get(i).id() == alertId) {
                alertTable.setSelection(i);
                readPosts();
                return;
            }
        }
        read(); // not read yet: the raised alert comes first in the next read
    }

    @Inject
    @Optional
    void alertRaised(@UIEventTopic(FeedTopics.ALERT_RAISED) Event event) {
        Views.soon(alertTable, 200, refresh);
    }

    @Focus
    public void setFocus() {
        alertTable.setFocus();
    }

    /** The alerts shown, for tests. */
    public List<BuzzAlert> alerts() {
        return alerts;
    }

    /** The posts of the picked alert, for tests. */
    public List<Post> posts() {
        return posts;
    }

    /** The alert table, for tests. */
    public Table alertTable() {
        return alertTable;
    }

    /** Whether alerts or posts are being read, for tests. */
    public boolean isReading() {
        return reader != null && (reader.isBusy() || postReader.isBusy());
    }
}
