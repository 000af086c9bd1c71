package org.rapport.pipeline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.activities.ReminderService;
import org.rapport.pipeline.internal.model.ActivityEntity;

/**
 * Posts {@link PipelineTopics#REMINDER_DUE} when activities' reminders fall due. One timer is set to the earliest
 * pending reminder and set again whenever activities change, so nothing polls. A reminder is marked posted in the
 * same transaction that finds it due, so it is posted once, also across restarts.
 * <p>
 * A delayed component: it starts (and opens the database) when something first gets the service, in the workbench
 * the reminder notifier. Headless tools that never ask for it (rapport-cli backup, restore) never open the pipeline
 * unit because of it.
 */
@Component(service = ReminderService.class)
public class ScheduledReminders implements ReminderService {

    private final PipelineUnit unit;
    private final PipelineEvents events;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Consumer<Event> onChange = this::activitiesChanged;
    private final ILog log = ILog.of(ScheduledReminders.class);
    private ScheduledFuture<?> next;

    @Activate
    public ScheduledReminders(@Reference PipelineUnit unit, @Reference PipelineEvents events) {
        this(unit, events, Clock.systemDefaultZone());
        start();
    }

    ScheduledReminders(PipelineUnit unit, PipelineEvents events, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "Rapport activity reminders");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts listening and sets the first timer (in the background: it opens the database). */
    void start() {
        events.addListener(onChange);
        timer.execute(this::reschedule);
    }

    @Deactivate
    void stop() {
        events.removeListener(onChange);
        timer.shutdownNow();
        try {
            // a reschedule in flight reads the database: let it end before the database closes behind it
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void activitiesChanged(Event event) {
        if (event.getTopic().equals(PipelineTopics.ACTIVITIES_CHANGED) && !timer.isShutdown()) {
            timer.execute(this::reschedule);
        }
    }

    /** Sets the timer to the earliest pending reminder. Runs on the timer thread only. */
    private void reschedule() {
        try {
            if (next != null) {
                next.cancel(false);
                next = null;
            }
            Optional<Instant> earliest = nextReminder();
            if (earliest.isPresent()) {
                long delay = Math.max(0, Duration.between(clock.instant(), earliest.get()).toMillis());
                next = timer.schedule(this::postDue, delay, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            log.error("Activity reminders could not be scheduled; they are tried again on the next change", e);
        }
    }

    private void postDue() {
        try {
            Instant now = clock.instant();
            List<Map<String, Object>> due = unit.write(em -> {
                List<ActivityEntity> activities = em.createQuery("SELECT a FROM Activity a WHERE a.reminderPosted = FALSE"
                        + " AND a.done = FALSE AND a.reminderAt <= :now ORDER BY a.reminderAt", ActivityEntity.class)
                        .setParameter("now", now).getResultList();
                activities.forEach(a -> a.setReminderPosted(true));
                return activities.stream().map(ScheduledReminders::properties).toList();
            });
            due.forEach(properties -> events.post(new Event(PipelineTopics.REMINDER_DUE, properties)));
        } catch (RuntimeException e) {
            log.error("Due activity reminders could not be posted", e);
        }
        reschedule();
    }

    private static Map<String, Object> properties(ActivityEntity a) {
        Map<String, Object> p = new HashMap<>();
        p.put(PipelineTopics.ACTIVITY_ID, a.getId());
        p.put(PipelineTopics.SUBJECT, a.getSubject());
        p.put(PipelineTopics.OWNER, a.getOwner());
        if (a.getDue() != null) {
            p.put(PipelineTopics.DUE, a.getDue().toEpochMilli());
        }
        if (a.getPersonId() != null) {
            p.put(PipelineTopics.PERSON_ID, a.getPersonId());
        }
        return p;
    }

    @Override
    public Optional<Instant> nextReminder() {
        Object earliest = unit.read(em -> em.createQuery("SELECT MIN(a.reminderAt) FROM Activity a"
                + " WHERE a.reminderPosted = FALSE AND a.done = FALSE").getSingleResult());
        // EclipseLink hands an aggregate of an Instant column back either converted or as the JDBC timestamp
        return Optional.ofNullable(earliest == null ? null
                : earliest instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) earliest);
    }

    @Override
    public void snooze(long activityId, Instant until) {
        unit.write(em -> {
            ActivityEntity activity = em.find(ActivityEntity.class, activityId);
            if (activity == null) {
                throw new PipelineValidationException("activity", "Activity " + activityId + " does not exist (any more).");
            }
            activity.setReminderAt(until);
            activity.setReminderPosted(false);
            return null;
        });
        events.changed(PipelineTopics.ACTIVITIES_CHANGED, List.of(activityId), List.of());
    }
}
