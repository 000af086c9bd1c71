package org.rapport.ui.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.core.events.RapportTopics;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.core.timeline.TimelineResult;
import org.rapport.core.timeline.TimelineService;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/**
 * The selected person's 360-degree history, merged from every domain's timeline contributor. It follows the workbench
 * selection (any selected object that is or adapts to a {@link PersonRef}) and reloads when a domain posts
 * {@link RapportTopics#TIMELINE_CHANGED} for that person. Reading happens in a background job.
 */
public class TimelineView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Inject
    @Service
    private TimelineService timeline;

    private Label header;
    private PagedTable<TimelineEntry> table;
    private PersonRef person;
    private LatestRequest<PersonRef> reader;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(header);
        table = new PagedTable<>(parent, SWT.MULTI | SWT.FULL_SELECTION, List.of(
                new Column<>("When", 130, e -> WHEN.format(e.when())),
                new Column<>("Kind", 90, TimelineEntry::kind),
                new Column<>("What", 260, TimelineEntry::title),
                new Column<>("Detail", 260, TimelineEntry::detail),
                new Column<>("Source", 140, TimelineEntry::sourceBundle)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        if (person == null) {
            header.setText("Select a person (in Contacts, the pipeline or a feed) to see their history here:"
                    + " calls, deals, cases, rewards and posts from every part of Rapport.");
        } else {
            show(person);
        }
    }

    /** Follows the workbench selection; selections without a person (e.g. this view's own rows) are ignored. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        PersonRef selected = personIn(selection);
        if (selected != null && !selected.equals(person)) {
            show(selected);
        }
    }

    @Inject
    @Optional
    void timelineChanged(@UIEventTopic(RapportTopics.TIMELINE_CHANGED) Event event) {
        Object changed = event.getProperty(RapportTopics.PERSON_ID); // none: anyone's (changes of colleagues missed)
        if (person != null && (changed == null || Long.valueOf(person.id()).equals(changed))) {
            show(person);
        }
    }

    static PersonRef personIn(Object selection) {
        Object candidate = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
        return candidate == null ? null : Adapters.adapt(candidate, PersonRef.class);
    }

    /** Shows a person's history (what a selection of that person does). */
    public void show(PersonRef shown) {
        person = shown;
        if (table == null || table.getTable().isDisposed()) {
            return; // created later; createControls shows it
        }
        header.setText("History of " + shown.displayName() + " \u2014 reading\u2026");
        if (reader == null) {
            TimelineService service = timeline;
            reader = LatestRequest.<PersonRef> named("Reading a person's history").on(header)
                    .onError(e -> header.setText("Could not read the history: " + UiJobs.message(e)))
                    .reads((who, reply, monitor) -> {
                        TimelineResult result = service == null ? null : service.history(TimelineQuery.latest(who.id()));
                        reply.show(() -> showResult(who, result));
                    });
        }
        reader.request(shown);
    }

    private void showResult(PersonRef shown, TimelineResult result) {
        if (result == null) {
            header.setText("The timeline service is not available.");
            return;
        }
        String count = result.entries().isEmpty() ? "nothing recorded yet" : result.entries().size() + " entries";
        String missing = result.isComplete() ? ""
                : " \u2014 could not read: " + String.join(", ", result.failedSources()) + " (see the Error Log)";
        header.setText("History of " + shown.displayName() + ": " + count + missing);
        header.getParent().layout(true);
        table.setSource(PageSource.of(result.entries()));
    }

    /** The person shown, or {@code null}. */
    public PersonRef person() {
        return person;
    }

    /** The table, for tests and the context menu. */
    PagedTable<TimelineEntry> table() {
        return table;
    }

    @Focus
    public void setFocus() {
        table.getTable().setFocus();
    }
}
