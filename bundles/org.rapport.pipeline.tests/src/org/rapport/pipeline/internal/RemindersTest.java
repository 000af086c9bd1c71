package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.rapport.persistence.access.Audited;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.activities.MyDay;
import org.rapport.pipeline.internal.model.ActivityEntity;

/**
 * Reminders of the working user's activities fire on their timer, once, and a colleague's do not fire here (in team mode
 * the colleague's Rapport posts them); the rep's day sorts activities into overdue, today and done.
 */
class RemindersTest {

    @TempDir
    Path workspace;
    private TestPipeline test;
    private ScheduledReminders reminders;
    /** Who is working: on PostgreSQL the database login, on Derby the name from the preferences. */
    private String me;
    private final LinkedBlockingQueue<Event> due = new LinkedBlockingQueue<>();
    private final Consumer<Event> listener = event -> {
        if (event.getTopic().equals(PipelineTopics.REMINDER_DUE)) {
            due.add(event);
        }
    };

    @BeforeEach
    void open() {
        test = new TestPipeline(workspace);
        test.pipelines.pipelines(); // the database is created now, not during the timed part
        me = Audited.currentUser(test.unit.emf());
        test.events.addListener(listener);
        reminders = new ScheduledReminders(test.unit, test.events, Clock.systemUTC());
        reminders.start();
    }

    @AfterEach
    void close() {
        reminders.stop();
        test.close();
    }

    @Test
    void aReminderFiresWhenDueAndOnlyOnce() throws InterruptedException {
        // whole milliseconds: PostgreSQL keeps microseconds, Derby nanoseconds, and the stored times are compared exactly
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Activity call = new Activity(ActivityKind.CALL, "Call Ada back", now.plusSeconds(600));
        call.setOwner(me);
        call.setPerson(TestPipeline.ADA);
        call.setReminderAt(now.plusMillis(1500));
        Activity later = new Activity(ActivityKind.TASK, "Later", now.plusSeconds(7200));
        later.setOwner(me);
        later.setReminderAt(now.plusSeconds(3600));
        long id = test.activities.save(call).getId();
        test.activities.save(later);

        assertNull(due.poll(300, TimeUnit.MILLISECONDS), "not before its time");
        Event event = due.poll(10, TimeUnit.SECONDS);

        assertNotNull(event, "the reminder fired");
        assertTrue(Duration.between(call.getReminderAt(), Instant.now()).toMillis() >= 0);
        assertEquals(id, event.getProperty(PipelineTopics.ACTIVITY_ID));
        assertEquals("Call Ada back", event.getProperty(PipelineTopics.SUBJECT));
        assertEquals(TestPipeline.ADA.id(), event.getProperty(PipelineTopics.PERSON_ID));
        assertEquals(Optional.of(later.getReminderAt()), reminders.nextReminder(), "the next one is the later task's");
        assertNull(due.poll(1500, TimeUnit.MILLISECONDS), "posted once");

        reminders.snooze(id, Instant.now().plusMillis(300));
        assertNotNull(due.poll(10, TimeUnit.SECONDS), "a snoozed reminder fires again");
    }

    @Test
    void aColleaguesReminderIsNeitherPostedNorMarkedHere() throws InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Activity theirs = new Activity(ActivityKind.CALL, "The colleague's call", now.plusSeconds(600));
        theirs.setOwner("a.colleague");
        theirs.setReminderAt(now.plusMillis(300));
        Activity mine = new Activity(ActivityKind.CALL, "My call", now.plusSeconds(600));
        mine.setOwner(me.toUpperCase(Locale.ROOT)); // typed in another case: still mine
        mine.setReminderAt(now.plusMillis(900));
        long theirsId = test.activities.save(theirs).getId();
        long mineId = test.activities.save(mine).getId();

        Event event = due.poll(10, TimeUnit.SECONDS);

        assertNotNull(event, "my reminder fired");
        assertEquals(mineId, event.getProperty(PipelineTopics.ACTIVITY_ID), "mine, not the colleague's earlier one");
        assertNull(due.poll(1500, TimeUnit.MILLISECONDS), "the colleague's reminder is not posted here");
        assertFalse(test.unit.read(em -> em.find(ActivityEntity.class, theirsId).isReminderPosted()),
                "nor marked posted: the colleague's Rapport still posts it");
        assertEquals(Optional.empty(), reminders.nextReminder(), "and it does not hold this process's timer");
    }

    @Test
    void myDaySortsOverdueDueAndDone() {
        test.clock.set(Instant.parse("2026-02-10T12:00:00Z"));
        save("overdue", Instant.parse("2026-02-08T09:00:00Z"), false);
        save("this morning", Instant.parse("2026-02-10T08:00:00Z"), false);
        save("this afternoon", Instant.parse("2026-02-10T15:00:00Z"), false);
        save("done today", Instant.parse("2026-02-10T10:00:00Z"), true);
        save("tomorrow", Instant.parse("2026-02-11T09:00:00Z"), false);

        MyDay day = test.activities.myDay("anna", LocalDate.of(2026, 2, 10), ZoneOffset.UTC);

        assertEquals("overdue", day.overdue().get(0).getSubject());
        assertEquals(1, day.overdue().size());
        assertEquals(java.util.List.of("this morning", "this afternoon"), day.dueToday().stream().map(Activity::getSubject).toList());
        assertEquals("done today", day.doneToday().get(0).getSubject());
        assertTrue(day.dueToday().get(0).isOverdue(test.clock.instant()), "due this morning, not done: overdue at noon");
    }

    private void save(String subject, Instant dueAt, boolean done) {
        Activity a = new Activity(ActivityKind.TASK, subject, dueAt);
        a.setOwner("anna");
        a.setDone(done);
        test.activities.save(a);
    }
}
