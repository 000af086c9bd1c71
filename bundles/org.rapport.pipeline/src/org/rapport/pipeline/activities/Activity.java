package org.rapport.pipeline.activities;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IAdaptable;
import org.rapport.core.PersonRef;

/**
 * A call, meeting, task or email, as editors and services exchange it: a detached, mutable copy, saved by
 * {@link ActivityService#save(Activity)}. Adapts to {@link PersonRef} when it concerns a person.
 */
public final class Activity implements IAdaptable {

    private long id;
    private int version;
    private ActivityKind kind = ActivityKind.TASK;
    private String subject = "";
    private String notes = "";
    private PersonRef person;
    private Long opportunityId;
    private Instant due;
    private Duration duration = Duration.ZERO;
    private Instant reminderAt;
    private boolean done;
    private Instant doneAt;
    private String owner = "";
    private String location = "";
    private String calendarUid;

    /** A new activity. */
    public Activity(ActivityKind kind, String subject, Instant due) {
        this.kind = kind;
        this.subject = subject;
        this.due = due;
    }

    /** An empty task; set at least the subject. */
    public Activity() {
    }

    /** A copy. */
    public Activity copy() {
        Activity c = new Activity(kind, subject, due);
        c.id = id;
        c.version = version;
        c.notes = notes;
        c.person = person;
        c.opportunityId = opportunityId;
        c.duration = duration;
        c.reminderAt = reminderAt;
        c.done = done;
        c.doneAt = doneAt;
        c.owner = owner;
        c.location = location;
        c.calendarUid = calendarUid;
        return c;
    }

    /** Set by the service when reading; for the implementation only. */
    public void loadState(long id, int version, Instant doneAt, String calendarUid) {
        this.id = id;
        this.version = version;
        this.doneAt = doneAt;
        this.calendarUid = calendarUid;
    }

    /** Whether it is not done and its due time has passed. */
    public boolean isOverdue(Instant now) {
        return !done && due != null && due.isBefore(now);
    }

    public long getId() {
        return id;
    }

    /** The version it was read at (optimistic locking). */
    public int getVersion() {
        return version;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** The person it concerns, or {@code null}. */
    public PersonRef getPerson() {
        return person;
    }

    public void setPerson(PersonRef person) {
        this.person = person;
    }

    /** The opportunity it belongs to, or {@code null}. */
    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    /** When it is due (a meeting's start), or {@code null} for no date. */
    public Instant getDue() {
        return due;
    }

    public void setDue(Instant due) {
        this.due = due;
    }

    /** How long a meeting or call lasts; zero for tasks and emails. */
    public Duration getDuration() {
        return duration;
    }

    public void setDuration(Duration duration) {
        this.duration = duration == null ? Duration.ZERO : duration;
    }

    /** When to remind the owner, or {@code null} for no reminder. */
    public Instant getReminderAt() {
        return reminderAt;
    }

    public void setReminderAt(Instant reminderAt) {
        this.reminderAt = reminderAt;
    }

    public boolean isDone() {
        return done;
    }

    /** Marks it done or not; the time it was done is kept by the service. */
    public void setDone(boolean done) {
        this.done = done;
    }

    /** When it was marked done, or {@code null}. */
    public Instant getDoneAt() {
        return doneAt;
    }

    /** The rep's user name. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location == null ? "" : location;
    }

    /** The iCalendar UID it was imported with or exported as; {@code null} until then. */
    public String getCalendarUid() {
        return calendarUid;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == PersonRef.class && person != null ? adapter.cast(person) : null;
    }

    @Override
    public String toString() {
        return kind.label() + " " + id + " '" + subject + "'";
    }
}
