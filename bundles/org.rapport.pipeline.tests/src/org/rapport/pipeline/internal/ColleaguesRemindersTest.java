package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.persistence.access.Audited;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.activities.ReminderService;
import org.rapport.pipeline.internal.model.ActivityEntity;
import org.rapport.testing.Osgi;

/**
 * Team mode, as DS runs the reminders: a colleague's Rapport gives the working user an activity with a reminder; the
 * colleague's change arrives here as an EventAdmin event marked remote, and the reminder fires in this process. (The
 * colleague's commit is written past this process's services and the event posted here, so it runs on Derby too; the
 * way remote events arrive is the live-change tests' part.)
 */
class ColleaguesRemindersTest {

    @Test
    void aReminderAColleagueGaveMeFiresHereOnceTheirChangeArrives() throws Exception {
        ReminderService reminders = Osgi.service(ReminderService.class); // the workbench holds it
        reminders.nextReminder(); // waits for the pipeline's database (created on first use)
        Thread.sleep(1_000); // its first timer is set in the background, from the data before the colleague's
        PipelineUnit unit = Osgi.service(PipelineUnit.class);
        BlockingQueue<Long> due = new LinkedBlockingQueue<>();
        Hashtable<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, PipelineTopics.REMINDER_DUE);
        ServiceRegistration<EventHandler> handler = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(EventHandler.class, e -> due.add((Long) e.getProperty(PipelineTopics.ACTIVITY_ID)), topic);
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Activity call = new Activity(ActivityKind.CALL, "Call the lead a colleague passed on", now.plusSeconds(600));
            call.setOwner(Audited.currentUser(unit.emf()));
            call.setReminderAt(now.plusMillis(500));
            long id = unit.write(em -> {
                ActivityEntity entity = new ActivityEntity();
                ActivityMapper.copyFields(call, entity, now);
                em.persist(entity);
                em.flush();
                return entity.getId();
            });

            assertNull(poll(due, id, 2), "without the colleague's change event this process cannot know of it");
            Osgi.service(EventAdmin.class).postEvent(new Event(PipelineTopics.ACTIVITIES_CHANGED,
                    Map.of(DomainEvents.IDS, new long[] { id }, DomainEvents.REMOTE, Boolean.TRUE)));

            assertEquals(Long.valueOf(id), poll(due, id, 10), "the reminder fired once the colleague's change arrived");
        } finally {
            handler.unregister();
        }
    }

    /** The id when a reminder of that activity fires within the time given, else null (others' are dropped). */
    private static Long poll(BlockingQueue<Long> due, long id, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            Long fired = due.poll(left, TimeUnit.NANOSECONDS);
            if (fired != null && fired == id) {
                return fired;
            }
        }
        return null;
    }
}
