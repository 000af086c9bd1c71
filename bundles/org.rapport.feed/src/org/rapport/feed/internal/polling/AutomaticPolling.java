package org.rapport.feed.internal.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.rapport.feed.FeedPolling;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.SourceService;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;

/**
 * Polls due sources in Eclipse jobs. One system job, the schedule, wakes when the earliest source falls due (at the
 * latest every {@link #MAX_SLEEP}, and whenever sources change), schedules one job per due source that is not being
 * polled already, and goes back to sleep. A source's poll records its next poll (interval, back-off, Retry-After), so
 * the schedule only ever reads {@code NEXT_POLL}. On a server shared by a team, a due source is first claimed in the
 * database ({@link SourceSchedule#claim}), so only one Rapport of the team polls it. When the laptop is offline, polls fail with a network error, keep the
 * sources' state and come back one interval later: polling resumes by itself when the network does.
 * <p>
 * A delayed component: it starts when something gets {@link FeedPolling} (the workbench), never in {@code rapport-cli}.
 */
@Component(service = FeedPolling.class)
public class AutomaticPolling implements FeedPolling {

    /** The longest the schedule sleeps: it notices a clock jump (a laptop waking up) at least this often. */
    static final Duration MAX_SLEEP = Duration.ofMinutes(5);
    /** The shortest time between two polls of one source that a failing poll job could otherwise repeat at once. */
    static final Duration MIN_REPEAT = Duration.ofSeconds(30);

    private final SourceService sources;
    private final FeedEvents events;
    private final SourceSchedule schedule;
    private final Clock clock;
    private final IEclipsePreferences workspacePrefs;
    private final IEclipsePreferences defaultPrefs;
    private final Map<Long, Instant> running = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastStarted = new ConcurrentHashMap<>();
    private final Consumer<Event> onChange = this::sourcesChanged;
    private final IPreferenceChangeListener onPreference = change -> wake();
    private final ILog log = ILog.of(AutomaticPolling.class);
    private final Job scheduleJob;
    private volatile boolean stopped;

    /** Used by DS: the workspace's preferences and the system clock; starts polling. */
    @Activate
    public AutomaticPolling(@Reference SourceService sources, @Reference FeedUnit unit, @Reference FeedEvents events) {
        this(sources, events, new SourceSchedule(unit), Clock.systemUTC(), InstanceScope.INSTANCE.getNode(PREF_NODE),
                DefaultScope.INSTANCE.getNode(PREF_NODE));
        start();
    }

    AutomaticPolling(SourceService sources, FeedEvents events, SourceSchedule schedule, Clock clock,
            IEclipsePreferences workspacePrefs, IEclipsePreferences defaultPrefs) {
        this.sources = sources;
        this.events = events;
        this.schedule = schedule;
        this.clock = clock;
        this.workspacePrefs = workspacePrefs;
        this.defaultPrefs = defaultPrefs;
        this.scheduleJob = Job.createSystem("Feed polling schedule", this::runSchedule);
    }

    /** Listens for changes and wakes the schedule. */
    void start() {
        events.addListener(onChange);
        workspacePrefs.addPreferenceChangeListener(onPreference);
        wake();
    }

    @Deactivate
    void stop() {
        stopped = true;
        events.removeListener(onChange);
        workspacePrefs.removePreferenceChangeListener(onPreference);
        scheduleJob.cancel();
        Job.getJobManager().cancel(this);
        try {
            // a poll in flight writes the database: let it end (or give up) before the database closes behind it
            scheduleJob.join(10_000, null);
            Job.getJobManager().join(this, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isAutomatic() {
        String property = System.getProperty(PROPERTY_AUTOMATIC);
        if (property != null && (property.equalsIgnoreCase("false") || property.equalsIgnoreCase("off"))) {
            return false;
        }
        return workspacePrefs.getBoolean(PREF_AUTOMATIC, defaultPrefs.getBoolean(PREF_AUTOMATIC, true));
    }

    @Override
    public Optional<Instant> nextPoll() {
        return isAutomatic() ? schedule.nextDue() : Optional.empty();
    }

    /** Runs the schedule now (it reads what is due and sleeps again). */
    void wake() {
        if (!stopped) {
            scheduleJob.schedule();
        }
    }

    /** The sources being polled by this schedule now. */
    Set<Long> polling() {
        return Set.copyOf(running.keySet());
    }

    private void sourcesChanged(Event event) {
        if (event.getTopic().equals(FeedTopics.SOURCES_CHANGED)) {
            wake();
        }
    }

    private IStatus runSchedule(IProgressMonitor monitor) {
        if (stopped || !isAutomatic()) {
            return Status.OK_STATUS;
        }
        Instant now = clock.instant();
        Duration sleep = MAX_SLEEP;
        try {
            for (long id : schedule.due(now)) {
                Instant started = lastStarted.get(id);
                if (running.containsKey(id)) {
                    continue;
                }
                if (started != null && started.plus(MIN_REPEAT).isAfter(now)) {
                    sleep = min(sleep, Duration.between(now, started.plus(MIN_REPEAT)));
                    continue;
                }
                if (schedule.claim(id, now)) { // else a colleague's Rapport on the same server polls it
                    startPoll(id, now);
                }
            }
            Optional<Instant> next = schedule.nextDue();
            if (next.isPresent()) {
                sleep = min(sleep, Duration.between(now, next.get()));
            }
        } catch (RuntimeException e) {
            log.error("The feed polling schedule could not read the sources; it tries again in " + MAX_SLEEP.toMinutes()
                    + " minutes", e);
        }
        if (!stopped) {
            scheduleJob.schedule(Math.max(1_000, sleep.toMillis()));
        }
        return Status.OK_STATUS;
    }

    private void startPoll(long id, Instant now) {
        running.put(id, now);
        lastStarted.put(id, now);
        Job job = new Job("Polling feed source " + id) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    sources.poll(id, monitor);
                } catch (RuntimeException e) {
                    log.error("Feed source " + id + " could not be polled", e);
                } finally {
                    running.remove(id);
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == AutomaticPolling.this;
            }
        };
        job.schedule();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
