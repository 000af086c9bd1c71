package org.rapport.pipeline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.persistence.access.Audited;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.activities.ReminderService;
import org.rapport.pipeline.internal.model.ActivityEntity;

/**
 * Posts {@link PipelineTopics#REMINDER_DUE} when activities' reminders fall due. One timer is set to the earliest
 * pending reminder and set again whenever activities change, so nothing polls. A reminder is marked posted in the
 * same transaction that finds it due, so it is posted once, also across restarts.
 * <p>
 * Only the reminders of the activities that the working user owns ({@link Audited#currentUser}: on a team server the
 * database login, on a laptop the name from the preferences) are posted and marked here: in team mode every colleague's
 * Rapport runs this service on the same activities, and a colleague's reminder belongs to the colleague's Rapport. The
 * owner is compared without regard to case, as people type names. A colleague may give the working user an activity
 * with a reminder: the timer is also set again on the activity changes of other processes (EventAdmin events marked
 * {@link DomainEvents#REMOTE}, followed through a handler registered while the component is active, so that they do
 * not start it in a process that never asked for reminders).
 * <p>
 * A delayed component: it starts (and opens the database) when something first gets the service, in the workbench
 * the reminder notifier. Headless tools that never ask for it (rapport-cli backup, restore) never open the pipeline
 * unit because of it.
 */
@Component(service = ReminderService.class)
public class ScheduledReminders implements ReminderService {

    /** The JPQL condition on an activity {@code a} owned by the working user, given as parameter {@code me}. */
    private static final String OWNED_BY_ME = "LOWER(a.owner) = :me";

    private final PipelineUnit unit;
    private final PipelineEvents events;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Consumer<Event> onChange = this::activitiesChanged;
    private final ILog log = ILog.of(ScheduledReminders.class);
    private ScheduledFuture<?> next;
    private ServiceRegistration<EventHandler> colleaguesChanges;

    @Activate
    public ScheduledReminders(@Reference PipelineUnit unit, @Reference PipelineEvents events, BundleContext context) {
        this(unit, events, Clock.systemDefaultZone());
        start();
        Dictionary<String, Object> remoteActivities = new Hashtable<>();
        remoteActivities.put(EventConstants.EVENT_TOPIC, PipelineTopics.ACTIVITIES_CHANGED);
        remoteActivities.put(EventConstants.EVENT_FILTER, "(" + DomainEvents.REMOTE + "=true)");
        colleaguesChanges = context.registerService(EventHandler.class, this::activitiesChanged, remoteActivities);
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
        if (colleaguesChanges != null) {
            try {
                colleaguesChanges.unregister();
            } catch (IllegalStateException e) {
                // unregistered already, with the stopping bundle
            }
        }
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
                        + " AND a.done = FALSE AND a.reminderAt <= :now AND " + OWNED_BY_ME + " ORDER BY a.reminderAt",
                        ActivityEntity.class).setParameter("now", now).setParameter("me", me(em)).getResultList();
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

    /** The working user's name as {@link #OWNED_BY_ME} compares it. */
    private static String me(EntityManager em) {
        return Audited.currentUser(em).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The working user's reminders only; a colleague's stays pending for the colleague's Rapport (and would, if it were
     * counted here, hold the timer at a time in the past).
     */
    @Override
    public Optional<Instant> nextReminder() {
        Object earliest = unit.read(em -> em.createQuery("SELECT MIN(a.reminderAt) FROM Activity a"
                + " WHERE a.reminderPosted = FALSE AND a.done = FALSE AND " + OWNED_BY_ME)
                .setParameter("me", me(em)).getSingleResult());
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
