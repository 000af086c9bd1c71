package org.rapport.pipeline.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;
import org.rapport.pipeline.activities.ActivityKind;

/** An activity row. */
@Entity(name = "Activity")
@Table(name = "PL_ACTIVITY", indexes = {
        @Index(name = "IX_ACT_OWNER", columnList = "OWNER, DONE, DUE"),
        @Index(name = "IX_ACT_PERSON", columnList = "PERSON_ID, DUE"),
        @Index(name = "IX_ACT_OPPORTUNITY", columnList = "OPPORTUNITY_ID"),
        @Index(name = "IX_ACT_REMINDER", columnList = "REMINDER_POSTED, REMINDER_AT"),
        @Index(name = "IX_ACT_UID", columnList = "CALENDAR_UID") })
@SequenceGenerator(name = "pl_activity_ids", sequenceName = "PL_ACTIVITY_SEQ", allocationSize = 100)
public class ActivityEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_activity_ids")
    @Column(name = "ID")
    private long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 8, nullable = false)
    private ActivityKind kind;
    @Column(name = "SUBJECT", length = 200, nullable = false)
    private String subject;
    @Column(name = "NOTES", length = 4000)
    private String notes;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "PERSON_NAME", length = 200)
    private String personName;
    @Column(name = "OPPORTUNITY_ID")
    private Long opportunityId;
    @Column(name = "DUE")
    private Instant due;
    @Column(name = "DURATION_MINUTES", nullable = false)
    private int durationMinutes;
    @Column(name = "REMINDER_AT")
    private Instant reminderAt;
    @Column(name = "REMINDER_POSTED", nullable = false)
    private boolean reminderPosted;
    @Column(name = "DONE", nullable = false)
    private boolean done;
    @Column(name = "DONE_AT")
    private Instant doneAt;
    @Column(name = "OWNER", length = 64, nullable = false)
    private String owner;
    @Column(name = "LOCATION", length = 200)
    private String location;
    @Column(name = "CALENDAR_UID", length = 255)
    private String calendarUid;

    public ActivityEntity() {
    }

    public long getId() {
        return id;
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

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPerson(Long id, String name) {
        this.personId = id;
        this.personName = id == null ? "" : name;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public Instant getDue() {
        return due;
    }

    public void setDue(Instant due) {
        this.due = due;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Instant getReminderAt() {
        return reminderAt;
    }

    /** A new or changed reminder time is posted again when it falls due. */
    public void setReminderAt(Instant reminderAt) {
        if (reminderAt == null ? this.reminderAt != null : !reminderAt.equals(this.reminderAt)) {
            reminderPosted = false;
        }
        this.reminderAt = reminderAt;
    }

    public boolean isReminderPosted() {
        return reminderPosted;
    }

    public void setReminderPosted(boolean reminderPosted) {
        this.reminderPosted = reminderPosted;
    }

    public boolean isDone() {
        return done;
    }

    /** Marks it done (keeping the first time it was done) or not done. */
    public void setDone(boolean done, Instant now) {
        if (done && !this.done) {
            doneAt = now;
        } else if (!done) {
            doneAt = null;
        }
        this.done = done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

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
        this.location = location;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public void setCalendarUid(String calendarUid) {
        this.calendarUid = calendarUid;
    }
}
