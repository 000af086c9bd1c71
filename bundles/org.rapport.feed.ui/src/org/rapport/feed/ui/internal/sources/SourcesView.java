package org.rapport.feed.ui.internal.sources;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;
import org.rapport.feed.FeedSource;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.PollSummary;
import org.rapport.feed.SourceService;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.NetworkIcons;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.feed.ui.internal.Views;

/**
 * The configured sources with their polling state (last poll, last error, next poll, posts stored), and the actions on
 * them: add (a new source is polled at once), import a file, edit, pause or resume, remove, poll now. Polls run in
 * user jobs with progress; the list is read again when sources change.
 */
public class SourcesView {

    static final String[] COLUMNS = { "Name", "State", "Last poll", "Next poll", "Posts", "Every", "Location", "Last error" };
    static final int STATE = 1;

    @Inject
    @Optional
    @Service
    private SourceService sourceService;

    private Table table;
    private Label status;
    private Button pause;
    private NetworkIcons icons;
    private List<FeedSource> sources = List.of();
    private LatestRequest<Void> reader;
    private Job lastPoll;
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        button(row, "&Add...", "Add a feed, a Mastodon account or hashtag, or a Bluesky handle", this::addSource);
        button(row, "&Import File...", "Import posts from a saved export (Mastodon/Bluesky JSON, RSS/Atom)",
                () -> FileImport.chooseAndImport(table.getShell(), sourceService, this::say));
        button(row, "&Edit...", "Rename the source or change how often it is polled", this::editSelected);
        pause = button(row, "&Pause", "Stop polling the source until it is resumed", this::togglePause);
        button(row, "&Remove", "Remove the source; its posts stay", this::removeSelected);
        button(row, "Poll &Now", "Fetch the source's new posts now", this::pollSelected);
        status = new Label(row, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 180, 150, 118, 118, 60, 60, 260, 300 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 4 || i == 5 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> updateButtons());
        table.addListener(SWT.DefaultSelection, e -> editSelected());
        icons = new NetworkIcons(table);
        if (sourceService == null) {
            say("The feed sources are not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Void> named("Reading the feed sources").on(table)
                .onError(e -> say("Could not read the sources: " + UiJobs.message(e)))
                .reads((none, reply, monitor) -> {
                    List<FeedSource> read = sourceService.sources();
                    reply.show(() -> show(read));
                });
        read();
    }

    private static Button button(Composite row, String text, String tip, Runnable action) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void read() {
        if (reader != null && !table.isDisposed()) {
            reader.request(null);
        }
    }

    private void show(List<FeedSource> read) {
        FeedSource selected = selected();
        sources = List.copyOf(read);
        table.removeAll();
        for (FeedSource source : sources) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { source.name(), state(source), FeedFormats.when(source.lastPoll()),
                    source.paused() ? "paused" : FeedFormats.when(source.nextPoll()),
                    String.format("%,d", source.postCount()), FeedFormats.interval(source.interval()),
                    source.location(), source.lastError() == null ? "" : source.lastError() });
            item.setImage(0, icons.of(source.network()));
            if (source.lastError() != null || !source.typeAvailable()) {
                item.setForeground(STATE, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
            if (selected != null && selected.id() == source.id()) {
                table.setSelection(item);
            }
        }
        if (sources.isEmpty()) {
            say("No sources yet: Add a feed URL, @user@instance, #tag@instance or bsky:handle, or import a file.");
        } else if (status.getText().isEmpty() || status.getText().startsWith("No sources")) {
            say(sources.size() + (sources.size() == 1 ? " source" : " sources"));
        }
        updateButtons();
    }

    /** A source's state in a few words. */
    public static String state(FeedSource source) {
        if (!source.typeAvailable()) {
            return "type not installed";
        }
        if (source.paused()) {
            return "paused";
        }
        if (source.lastError() != null) {
            return source.failures() > 1 ? "failing (" + source.failures() + " times)" : "failed";
        }
        return source.lastPoll() == null ? "not polled yet" : "ok";
    }

    private FeedSource selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < sources.size() ? sources.get(index) : null;
    }

    private void updateButtons() {
        FeedSource source = selected();
        pause.setText(source != null && source.paused() ? "Res&ume" : "&Pause");
        pause.getParent().layout(true);
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.setToolTipText(text);
        }
    }

    /** Opens the Add dialog; the added source is polled at once. */
    public void addSource() {
        if (sourceService == null) {
            return;
        }
        UiJobs.once("Reading the source types", table, sourceService::types,
                types -> new AddSourceDialog(table.getShell(), sourceService, types, added -> {
                    say("Added " + added.name());
                    read();
                    poll(added);
                }).open(), e -> say("Could not read the source types: " + UiJobs.message(e)));
    }

    private void editSelected() {
        FeedSource source = selected();
        if (source == null) {
            return;
        }
        EditSourceDialog dialog = new EditSourceDialog(table.getShell(), source);
        if (dialog.open() == Window.OK) {
            update(source, dialog.chosenName(), dialog.chosenInterval(), dialog.chosenPaused());
        }
    }

    private void togglePause() {
        FeedSource source = selected();
        if (source != null) {
            update(source, source.name(), source.interval(), !source.paused());
        }
    }

    private void update(FeedSource source, String name, java.time.Duration interval, boolean paused) {
        UiJobs.once("Changing a feed source", table, () -> sourceService.update(source.id(), name, interval, paused),
                changed -> {
                    say((changed.paused() ? "Paused " : "Saved ") + changed.name());
                    read();
                }, e -> say("Could not change " + source.name() + ": " + UiJobs.message(e)));
    }

    private void removeSelected() {
        FeedSource source = selected();
        if (source == null || !MessageDialog.openQuestion(table.getShell(), "Remove Source",
                "Remove the source '" + source.name() + "'? Its " + source.postCount() + " posts stay in the feed.")) {
            return;
        }
        UiJobs.once("Removing a feed source", table, () -> {
            sourceService.remove(source.id());
            return source;
        }, removed -> {
            say("Removed " + removed.name());
            read();
        }, e -> say("Could not remove " + source.name() + ": " + UiJobs.message(e)));
    }

    private void pollSelected() {
        FeedSource source = selected();
        if (source != null) {
            poll(source);
        }
    }

    /** Polls a source in a user job (with progress in the Progress view) and says what it brought. */
    Job poll(FeedSource source) {
        say("Polling " + source.name() + "\u2026");
        Job job = Job.create("Polling " + source.name(), monitor -> {
            PollSummary summary = sourceService.poll(source.id(), monitor);
            UiJobs.later(table, () -> {
                say(describe(summary));
                read();
            });
            return summary.error() == null ? Status.OK_STATUS : Status.info(summary.error());
        });
        job.setUser(true);
        job.schedule();
        lastPoll = job;
        return job;
    }

    /** What a poll did, in one line. */
    static String describe(PollSummary summary) {
        String name = summary.source() == null ? "The source" : summary.source().name();
        if (summary.error() != null) {
            return name + ": " + summary.error();
        }
        if (summary.notModified() || summary.imported() == null) {
            return name + ": nothing new";
        }
        return name + ": " + FileImport.summary(summary.imported());
    }

    @Inject
    @Optional
    void sourcesChanged(@UIEventTopic(FeedTopics.SOURCES_CHANGED) Event event) {
        Views.soon(table, 300, refresh);
    }

    /** Posts stored (an import, the demo data, a poll) change the sources' post counts. */
    @Inject
    @Optional
    void postsChanged(@UIEventTopic(FeedTopics.POSTS_CHANGED) Event event) {
        sourcesChanged(event);
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    /** The table, for tests. */
    public Table table() {
        return table;
    }

    /** The sources shown, for tests. */
    public List<FeedSource> sources() {
        return new ArrayList<>(sources);
    }

    /** What the view said last, for tests. */
    public String status() {
        return status.getText();
    }

    /** Whether the list is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The last poll started here, or {@code null}; for tests. */
    public Job lastPoll() {
        return lastPoll;
    }
}
