package org.rapport.pipeline.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.internal.model.ActivityEntity;

import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.parameter.Related;
import biweekly.property.Trigger;

/** A meeting or task read from an iCalendar component, before it is matched by UID and written. */
record IncomingActivity(String uid, ActivityKind kind, String subject, String notes, Instant due, Duration duration,
        String location, Instant reminderAt, boolean done, Instant doneAt) {

    static Optional<IncomingActivity> fromEvent(VEvent event, String source, List<String> problems) {
        String subject = event.getSummary() == null ? "" : event.getSummary().getValue();
        String uid = event.getUid() == null ? null : event.getUid().getValue();
        if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
            problems.add(source + ": VEVENT '" + subject + "' (UID " + uid + ") has no start (DTSTART); skipped.");
            return Optional.empty();
        }
        Instant start = event.getDateStart().getValue().toInstant();
        Duration duration = Duration.ZERO;
        if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
            duration = Duration.between(start, event.getDateEnd().getValue().toInstant());
        } else if (event.getDuration() != null && event.getDuration().getValue() != null) {
            duration = Duration.ofMillis(event.getDuration().getValue().toMillis());
        }
        if (duration.isNegative()) {
            problems.add(source + ": VEVENT '" + subject + "' ends before it starts; imported without a duration.");
            duration = Duration.ZERO;
        }
        String location = event.getLocation() == null ? "" : event.getLocation().getValue();
        String notes = event.getDescription() == null ? "" : event.getDescription().getValue();
        return Optional.of(new IncomingActivity(uid(uid), ActivityKind.MEETING, title(subject), notes, start, duration,
                location, reminder(event.getAlarms(), start, start.plus(duration)), false, null));
    }

    static Optional<IncomingActivity> fromTodo(VTodo todo, String source, List<String> problems) {
        String subject = todo.getSummary() == null ? "" : todo.getSummary().getValue();
        String uid = todo.getUid() == null ? null : todo.getUid().getValue();
        Instant due = todo.getDateDue() == null || todo.getDateDue().getValue() == null ? null
                : todo.getDateDue().getValue().toInstant();
        boolean done = todo.getStatus() != null && todo.getStatus().isCompleted()
                || todo.getCompleted() != null && todo.getCompleted().getValue() != null;
        Instant doneAt = todo.getCompleted() == null || todo.getCompleted().getValue() == null ? null
                : todo.getCompleted().getValue().toInstant();
        String notes = todo.getDescription() == null ? "" : todo.getDescription().getValue();
        Instant reminder = due == null ? null : reminder(todo.getAlarms(), due, due);
        return Optional.of(new IncomingActivity(uid(uid), ActivityKind.TASK, title(subject), notes, due, Duration.ZERO, "",
                reminder, done, doneAt));
    }

    private static String uid(String uid) {
        return uid == null || uid.isBlank() ? "imported-" + java.util.UUID.randomUUID() : uid.trim();
    }

    private static String title(String subject) {
        String text = subject == null || subject.isBlank() ? "(no title)" : subject.trim();
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** The first alarm's time: an absolute trigger, or a duration relative to the start (or the end). */
    private static Instant reminder(List<VAlarm> alarms, Instant start, Instant end) {
        for (VAlarm alarm : alarms) {
            Trigger trigger = alarm.getTrigger();
            if (trigger == null) {
                continue;
            }
            Date date = trigger.getDate();
            if (date != null) {
                return date.toInstant();
            }
            if (trigger.getDuration() != null) {
                Instant base = trigger.getRelated() == Related.END ? end : start;
                return base.plusMillis(trigger.getDuration().toMillis());
            }
        }
        return null;
    }

    void applyTo(ActivityEntity entity) {
        entity.setKind(kind);
        entity.setSubject(subject);
        entity.setNotes(notes.length() > 4000 ? notes.substring(0, 4000) : notes);
        entity.setDue(due);
        entity.setDurationMinutes((int) Math.min(duration.toMinutes(), 60L * 24 * 14));
        entity.setLocation(location.length() > 200 ? location.substring(0, 200) : location);
        entity.setReminderAt(reminderAt);
        entity.setDone(done, doneAt == null ? Instant.now() : doneAt);
    }
}
