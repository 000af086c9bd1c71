package org.rapport.pipeline.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.PersonRef;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.activities.CalendarExchange;
import org.rapport.pipeline.activities.CalendarImportResult;
import org.rapport.pipeline.internal.model.ActivityEntity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.ICalComponent;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import biweekly.property.Status;
import biweekly.property.Trigger;

/**
 * iCalendar export and import with biweekly: meetings as VEVENT, tasks as VTODO, reminders as a display VALARM with
 * an absolute trigger. Activities keep the UID they were exported or imported with, so a second import updates them.
 */
@Component(service = CalendarExchange.class)
public class IcsCalendarExchange implements CalendarExchange {

    static final String PRODUCT_ID = "-//Rapport//Sales Pipeline//EN";

    private final PipelineUnit unit;
    private final PipelineEvents events;

    @Activate
    public IcsCalendarExchange(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this.unit = unit;
        this.events = events;
    }

    @Override
    public int export(Collection<Long> activityIds, Writer out) throws IOException {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        int written = unit.write(em -> {
            int count = 0;
            for (long id : activityIds) {
                ActivityEntity a = em.find(ActivityEntity.class, id);
                if (a == null || (a.getKind() != ActivityKind.MEETING && a.getKind() != ActivityKind.TASK)) {
                    continue;
                }
                if (a.getCalendarUid() == null) {
                    a.setCalendarUid("rapport-activity-" + UUID.randomUUID() + "@rapport");
                }
                if (a.getKind() == ActivityKind.MEETING) {
                    calendar.addEvent(event(a));
                } else {
                    calendar.addTodo(todo(a));
                }
                count++;
            }
            return count;
        });
        Biweekly.write(calendar).go(out);
        out.flush();
        return written;
    }

    private static VEvent event(ActivityEntity a) {
        VEvent event = new VEvent();
        event.setUid(a.getCalendarUid());
        event.setSummary(a.getSubject());
        describe(event, a);
        if (a.getDue() != null) {
            event.setDateStart(Date.from(a.getDue()));
            event.setDateEnd(Date.from(a.getDue().plus(Duration.ofMinutes(a.getDurationMinutes()))));
        }
        if (a.getLocation() != null && !a.getLocation().isEmpty()) {
            event.setLocation(a.getLocation());
        }
        if (a.isDone()) {
            event.setStatus(Status.confirmed());
        }
        alarm(event.getAlarms(), a);
        return event;
    }

    private static VTodo todo(ActivityEntity a) {
        VTodo todo = new VTodo();
        todo.setUid(a.getCalendarUid());
        todo.setSummary(a.getSubject());
        describe(todo, a);
        if (a.getDue() != null) {
            todo.setDateDue(Date.from(a.getDue()));
        }
        if (a.isDone()) {
            todo.setStatus(Status.completed());
            todo.setCompleted(Date.from(a.getDoneAt() == null ? Instant.now() : a.getDoneAt()));
        } else {
            todo.setStatus(Status.needsAction());
        }
        alarm(todo.getAlarms(), a);
        return todo;
    }

    private static void describe(ICalComponent component, ActivityEntity a) {
        if (a.getNotes() != null && !a.getNotes().isEmpty()) {
            if (component instanceof VEvent e) {
                e.setDescription(a.getNotes());
            } else if (component instanceof VTodo t) {
                t.setDescription(a.getNotes());
            }
        }
    }

    private static void alarm(List<VAlarm> alarms, ActivityEntity a) {
        if (a.getReminderAt() != null) {
            alarms.add(VAlarm.display(new Trigger(Date.from(a.getReminderAt())), a.getSubject()));
        }
    }

    @Override
    public CalendarImportResult importCalendar(Reader in, String sourceName, String owner, PersonRef person) throws IOException {
        List<IncomingActivity> incoming = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int calendars = 0;
        try (ICalReader reader = new ICalReader(in)) {
            ICalendar calendar;
            while ((calendar = reader.readNext()) != null) {
                calendars++;
                for (ParseWarning warning : reader.getWarnings()) {
                    problems.add(sourceName + (warning.getLineNumber() == null ? "" : ", line " + warning.getLineNumber())
                            + ": " + warning.getMessage());
                }
                for (VEvent event : calendar.getEvents()) {
                    IncomingActivity.fromEvent(event, sourceName, problems).ifPresent(incoming::add);
                }
                for (VTodo todo : calendar.getTodos()) {
                    IncomingActivity.fromTodo(todo, sourceName, problems).ifPresent(incoming::add);
                }
            }
        }
        if (calendars == 0) {
            throw new IOException(sourceName + " holds no iCalendar data (no BEGIN:VCALENDAR); choose an .ics file.");
        }
        int[] counts = unit.write(em -> {
            int created = 0;
            int updated = 0;
            for (IncomingActivity activity : incoming) {
                ActivityEntity entity = em.createQuery("SELECT a FROM Activity a WHERE a.calendarUid = :uid",
                        ActivityEntity.class).setParameter("uid", activity.uid()).setMaxResults(1).getResultStream()
                        .findFirst().orElse(null);
                if (entity == null) {
                    entity = new ActivityEntity();
                    entity.setOwner(owner);
                    entity.setPerson(person == null ? null : person.id(), person == null ? "" : person.displayName());
                    entity.setCalendarUid(activity.uid());
                    activity.applyTo(entity);
                    em.persist(entity);
                    created++;
                } else {
                    activity.applyTo(entity);
                    updated++;
                }
            }
            return new int[] { created, updated };
        });
        int skipped = (int) problems.stream().filter(p -> p.contains("skipped")).count();
        events.changed(PipelineTopics.ACTIVITIES_CHANGED, List.of(), person == null ? List.of() : List.of(person.id()));
        return new CalendarImportResult(counts[0], counts[1], skipped, problems);
    }
}
