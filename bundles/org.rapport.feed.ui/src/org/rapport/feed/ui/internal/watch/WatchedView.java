package org.rapport.feed.ui.internal.watch;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.WatchService;
import org.rapport.feed.WatchedTerm;
import org.rapport.feed.ui.internal.post.PersonPickerDialog;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.feed.ui.internal.Views;

/**
 * The brands, products, competitors and people watched for negative buzz, each with its alert rule (at least N
 * negative posts within M minutes, and more than usual): watch a term or a contact, stop watching, change the rule.
 */
public class WatchedView {

    static final String[] COLUMNS = { "Watching", "Kind", "Alert at", "Within" };

    @Inject
    @Optional
    @Service
    private WatchService watchService;

    @Inject
    @Optional
    @Service
    private PersonLookup people;

    private Table table;
    private Text term;
    private Spinner minCount;
    private Spinner window;
    private Label status;
    private List<WatchedTerm> watched = List.of();
    private LatestRequest<Void> reader;
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite add = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).spacing(6, 0).applyTo(add);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(add);
        term = new Text(add, SWT.BORDER | SWT.SEARCH);
        term.setMessage("A brand, product or competitor");
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(term);
        term.addListener(SWT.DefaultSelection, e -> watchTerm());
        button(add, "&Watch Term", "Alert on negative buzz about this term", this::watchTerm);
        button(add, "Watch &Person...", "Alert on negative buzz about one of your contacts", this::watchPerson);
        button(add, "&Stop Watching", "Stop watching the picked term or person; its alerts stay", this::unwatch);
        status = new Label(add, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = { 220, 70, 140, 100 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> showRule());
        createRuleRow(parent);
        if (watchService == null) {
            status.setText("The social feed is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Void> named("Reading the watched terms").on(table)
                .onError(e -> status.setText("Could not read the watched terms: " + UiJobs.message(e)))
                .reads((none, reply, monitor) -> {
                    List<WatchedTerm> read = watchService.watched();
                    reply.show(() -> show(read));
                });
        read();
    }

    private void createRuleRow(Composite parent) {
        Composite rule = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).spacing(6, 0).applyTo(rule);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rule);
        new Label(rule, SWT.NONE).setText("Alert at");
        minCount = new Spinner(rule, SWT.BORDER);
        minCount.setValues(5, 1, 10_000, 0, 1, 5);
        new Label(rule, SWT.NONE).setText("negative posts within (minutes)");
        window = new Spinner(rule, SWT.BORDER);
        window.setValues(60, 5, 7 * 24 * 60, 0, 5, 60);
        button(rule, "&Apply Rule", "Use this rule for the picked term or person", this::applyRule);
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

    private void show(List<WatchedTerm> read) {
        WatchedTerm selected = selected();
        watched = List.copyOf(read);
        table.removeAll();
        for (WatchedTerm w : watched) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { w.label(), w.term() != null ? "term" : "person",
                    w.minCount() + " negative posts", w.windowMinutes() + " min" });
            if (selected != null && selected.id() == w.id()) {
                table.setSelection(item);
            }
        }
        if (watched.isEmpty()) {
            status.setText("Nothing watched yet: type a brand or product and Watch Term.");
        }
        showRule();
    }

    private WatchedTerm selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < watched.size() ? watched.get(index) : null;
    }

    private void showRule() {
        WatchedTerm w = selected();
        if (w != null) {
            minCount.setSelection(w.minCount());
            window.setSelection(w.windowMinutes());
        }
    }

    /** Watches the term typed. */
    public void watchTerm() {
        String typed = term.getText().strip();
        if (typed.isEmpty() || watchService == null) {
            status.setText("Type a term to watch.");
            return;
        }
        write("Watching a term", () -> watchService.watchTerm(typed), "Watching " + typed);
        term.setText("");
    }

    private void watchPerson() {
        if (people == null || watchService == null) {
            status.setText("Watching people needs the contacts.");
            return;
        }
        PersonPickerDialog picker = new PersonPickerDialog(table.getShell(), people, "Whom to watch for negative buzz?", "");
        if (picker.open() == Window.OK && picker.chosen() != null) {
            long id = picker.chosen().id();
            write("Watching a person", () -> watchService.watchPerson(id), "Watching " + picker.chosen().displayName());
        }
    }

    private void unwatch() {
        WatchedTerm w = selected();
        if (w != null) {
            write("Stopping to watch", () -> {
                watchService.unwatch(w.id());
                return w;
            }, "No longer watching " + w.label());
        }
    }

    private void applyRule() {
        WatchedTerm w = selected();
        if (w == null) {
            status.setText("Pick a watched term or person first.");
            return;
        }
        int count = minCount.getSelection();
        int minutes = window.getSelection();
        write("Changing an alert rule", () -> watchService.updateRule(w.id(), count, minutes),
                w.label() + ": alert at " + count + " in " + minutes + " min");
    }

    private void write(String name, Callable<WatchedTerm> work, String done) {
        UiJobs.once(name, table, work, result -> {
            status.setText(done);
            read();
        }, e -> status.setText(name + " failed: " + UiJobs.message(e)));
    }

    @Inject
    @Optional
    void watchesChanged(@UIEventTopic(FeedTopics.WATCHES_CHANGED) Event event) {
        Views.soon(table, 300, refresh);
    }

    @Focus
    public void setFocus() {
        term.setFocus();
    }

    /** The watched terms and people shown, for tests. */
    public List<WatchedTerm> watched() {
        return watched;
    }

    /** The term field, for tests. */
    Text term() {
        return term;
    }

    /** Whether the list is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }
}
