package org.rapport.community.ui.internal.events;

import java.util.List;

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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.community.CommunityEvent;
import org.rapport.community.CommunityTopics;
import org.rapport.community.EventService;
import org.rapport.community.MemberService;
import org.rapport.community.Registration;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.community.ui.internal.handlers.NewEventHandler;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.ui.table.Column;
import org.rapport.community.ui.internal.Tables;
import org.rapport.ui.table.PagedTable;

/**
 * The community's events, newest first, with registrations and attendance; the picked event's registrations below
 * (or only its follow-up list: attendees and no-shows nobody followed up yet), an attendee list imported into it, and
 * registrations marked attended or followed up. A picked registration picks its member.
 */
public class EventsView {

    /** Events listed: a community holds dozens a year, so the list is read whole up to this many, newest first. */
    static final int MAX_EVENTS = 1_000;

    @Inject
    @Optional
    @Service
    private EventService events;

    @Inject
    @Optional
    @Service
    private MemberService members;

    @Inject
    private ESelectionService selectionService;

    private Label status;
    private PagedTable<CommunityEvent> eventTable;
    private PagedTable<Registration> registrationTable;
    private Button followUpsOnly;
    private Button importAttendees;
    private Button markAttended;
    private Button markFollowedUp;
    private LatestRequest<Void> eventReader;
    private LatestRequest<Registrations> registrationReader;
    private CommunityEvent picked;
    private final Runnable refresh = this::readEvents;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        button(bar, "New Event\u2026", () -> NewEventHandler.create(bar.getShell(), events));
        importAttendees = button(bar, "Import Attendees\u2026",
                () -> AttendeeImport.chooseAndImport(bar.getShell(), events, picked, this::say));
        markAttended = button(bar, "Attended", () -> toggle(true));
        markFollowedUp = button(bar, "Followed Up", () -> toggle(false));
        followUpsOnly = new Button(bar, SWT.CHECK);
        followUpsOnly.setText("Follow-up list only");
        followUpsOnly.addListener(SWT.Selection, e -> readRegistrations());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).hint(200, SWT.DEFAULT).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        eventTable = new PagedTable<>(sash, SWT.SINGLE | SWT.FULL_SELECTION, List.of(
                new Column<>("Event", 200, CommunityEvent::name),
                new Column<>("Kind", 85, e -> e.kind().name().toLowerCase()),
                new Column<>("When", 90, e -> CommunityFormats.day(e.startsAt())),
                new Column<>("Where", 120, CommunityEvent::location),
                new Column<>("Registered", 75, e -> Integer.toString(e.registered())),
                new Column<>("Attended", 70, e -> Integer.toString(e.attended()))));
        registrationTable = new PagedTable<>(sash, SWT.MULTI | SWT.FULL_SELECTION, List.of(
                new Column<>("Member", 170, Registration::memberName),
                new Column<>("Registered", 90, r -> CommunityFormats.day(r.registeredAt())),
                new Column<>("Attended", 70, r -> r.attended() ? "\u2713" : "no-show"),
                new Column<>("Followed up", 80, r -> r.followedUp() ? "\u2713" : "")));
        sash.setWeights(60, 40);
        eventTable.getTable().addListener(SWT.Selection, e -> eventPicked());
        registrationTable.getTable().addListener(SWT.Selection, e -> registrationPicked());
        enableActions();
        if (events == null) {
            status.setText("The community database is not available; see the Error Log.");
            return;
        }
        eventReader = LatestRequest.<Void> named("Reading the community events").on(status)
                .onError(e -> say("Could not read the events: " + UiJobs.message(e)))
                .reads((none, reply, monitor) -> {
                    List<CommunityEvent> first = events.events(0, MAX_EVENTS);
                    reply.show(() -> showEvents(first));
                });
        registrationReader = LatestRequest.<Registrations> named("Reading an event's registrations").on(status)
                .onError(e -> say("Could not read the registrations: " + UiJobs.message(e)))
                .reads((wanted, reply, monitor) -> {
                    List<Registration> rows = wanted.followUps() ? events.followUps(wanted.event().id())
                            : events.registrations(wanted.event().id());
                    reply.show(() -> showRegistrations(wanted, rows));
                });
        readEvents();
    }

    private static Button button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void readEvents() {
        if (eventReader != null && !status.isDisposed()) {
            eventReader.request(null);
        }
    }

    private void showEvents(List<CommunityEvent> first) {
        Tables.show(eventTable, first);
        say(first.isEmpty() ? "No events yet: create one with New Event." : "");
        if (picked != null) {
            first.stream().filter(e -> e.id() == picked.id()).findFirst().ifPresent(e -> {
                picked = e;
                readRegistrations();
            });
        }
    }

    private void eventPicked() {
        List<CommunityEvent> rows = eventTable.selectedRows();
        picked = rows.isEmpty() ? null : rows.get(0);
        enableActions();
        readRegistrations();
    }

    private void readRegistrations() {
        if (picked == null || registrationReader == null) {
            Tables.show(registrationTable, List.of());
            return;
        }
        registrationReader.request(new Registrations(picked, followUpsOnly.getSelection()));
    }

    private void showRegistrations(Registrations shown, List<Registration> rows) {
        CommunityEvent event = shown.event();
        Tables.show(registrationTable, rows);
        say(String.format("%s: %d registered, %d attended%s", event.name(), event.registered(), event.attended(),
                shown.followUps() ? String.format("; %d to follow up", rows.size()) : ""));
        enableActions();
    }

    private void registrationPicked() {
        enableActions();
        List<Registration> rows = registrationTable.selectedRows();
        if (rows.size() == 1 && members != null) {
            long memberId = rows.get(0).memberId();
            UiJobs.once("Reading a community member", status, () -> members.member(memberId).orElse(null),
                    m -> {
                        if (m != null) {
                            selectionService.setSelection(new StructuredSelection(m));
                        }
                    }, e -> say(UiJobs.message(e)));
        }
    }

    /** Marks the picked registrations attended / followed up, or back when all of them already are. */
    private void toggle(boolean attendance) {
        List<Registration> rows = registrationTable.selectedRows();
        if (rows.isEmpty() || picked == null) {
            return;
        }
        boolean value = !rows.stream().allMatch(attendance ? Registration::attended : Registration::followedUp);
        long eventId = picked.id();
        UiJobs.once(attendance ? "Recording attendance" : "Recording follow-ups", status, () -> {
            for (Registration r : rows) {
                if (attendance) {
                    events.markAttended(eventId, r.memberId(), value);
                } else {
                    events.markFollowedUp(eventId, r.memberId(), value);
                }
            }
            return rows.size();
        }, n -> readEvents(), e -> say("Could not save: " + UiJobs.message(e)));
    }

    private void enableActions() {
        importAttendees.setEnabled(picked != null && events != null);
        boolean registrations = picked != null && registrationTable.selectionCount() > 0;
        markAttended.setEnabled(registrations);
        markFollowedUp.setEnabled(registrations);
    }

    private void say(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
            status.getParent().layout(true);
        }
    }

    @Inject
    @Optional
    void eventsChanged(@UIEventTopic(CommunityTopics.EVENTS_CHANGED) Event event) {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(400, refresh);
        }
    }

    @Focus
    public void setFocus() {
        eventTable.getTable().setFocus();
    }

    /** Picks an event as a user would, for tests. */
    public void pick(int row) {
        eventTable.setSelection(row);
        eventPicked();
    }

    /** Shows only the follow-up list, or every registration; for tests. */
    public void showFollowUps(boolean only) {
        followUpsOnly.setSelection(only);
        readRegistrations();
    }

    /** The events table, for tests. */
    public PagedTable<CommunityEvent> eventTable() {
        return eventTable;
    }

    /** The registrations table, for tests. */
    public PagedTable<Registration> registrationTable() {
        return registrationTable;
    }

    /** Whether something is being read, for tests. */
    public boolean isReading() {
        return (eventReader != null && eventReader.isBusy())
                || (registrationReader != null && registrationReader.isBusy());
    }

    /** The status line, for tests. */
    public String status() {
        return status.getText();
    }

    /** Which registrations of an event to read: all, or its follow-up list. */
    private record Registrations(CommunityEvent event, boolean followUps) {
    }
}
