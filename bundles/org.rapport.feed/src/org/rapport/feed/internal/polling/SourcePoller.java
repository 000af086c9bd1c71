package org.rapport.feed.internal.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedSource;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.PollSummary;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;
import org.rapport.feed.internal.http.BasicFetchContext;
import org.rapport.feed.internal.model.SourceEntity;
import org.rapport.feed.internal.registry.SourceTypeRegistry;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceState;

/**
 * Polls one source: asks its type to fetch what is new (on a thread of its own, given up after a time-out, so a type
 * that hangs or throws affects only its source), stores the posts, and records the source's state: validators and
 * cursor after a success, the error and the back-off after a failure. Two polls of one source never overlap.
 */
final class SourcePoller {

    private final FeedUnit unit;
    private final FeedEvents events;
    private final SourceTypeRegistry registry;
    private final FeedService feed;
    private final FeedHttp http;
    private final Clock clock;
    private final Duration fetchTimeout;
    private final ExecutorService fetchThreads;
    private final Map<Long, ReentrantLock> polling = new ConcurrentHashMap<>();
    private final ILog log = ILog.of(SourcePoller.class);

    SourcePoller(FeedUnit unit, FeedEvents events, SourceTypeRegistry registry, FeedService feed, FeedHttp http, Clock clock,
            Duration fetchTimeout, ExecutorService fetchThreads) {
        this.unit = unit;
        this.events = events;
        this.registry = registry;
        this.feed = feed;
        this.http = http;
        this.clock = clock;
        this.fetchTimeout = fetchTimeout;
        this.fetchThreads = fetchThreads;
    }

    /** Polls the source now; failures are recorded, not thrown. */
    PollSummary poll(long sourceId, IProgressMonitor monitor) {
        ReentrantLock lock = polling.computeIfAbsent(sourceId, id -> new ReentrantLock());
        lock.lock();
        try {
            return pollLocked(sourceId, monitor);
        } finally {
            lock.unlock();
        }
    }

    private PollSummary pollLocked(long sourceId, IProgressMonitor monitor) {
        SourceEntity source = unit.read(em -> em.find(SourceEntity.class, sourceId));
        if (source == null) {
            throw new IllegalArgumentException("There is no feed source " + sourceId + " (any more).");
        }
        Instant started = clock.instant();
        SourceState state = new SourceState(sourceId, source.getLocation(), source.getEtag(), source.getLastModified(),
                source.getCursor());
        Outcome outcome = fetch(source, state, monitor);
        ImportSummary imported = null;
        if (outcome.result != null && !outcome.result.notModified()) {
            try {
                imported = feed.store(sourceId, new ParseResult(outcome.result.posts(), outcome.result.problems()));
            } catch (RuntimeException e) {
                log.error("Posts of feed source " + source.getName() + " could not be stored", e);
                outcome = Outcome.failed("Its posts could not be stored: " + e.getMessage(), null);
            }
        }
        Outcome recorded = outcome;
        boolean stillThere = unit.write(em -> {
            SourceEntity entity = em.find(SourceEntity.class, sourceId);
            if (entity != null) {
                record(entity, started, recorded);
            }
            return entity != null;
        });
        FeedSource after = stillThere
                ? SourceMapper.toSource(unit.read(em -> em.find(SourceEntity.class, sourceId)), feed, registry)
                : null;
        events.changed(FeedTopics.SOURCES_CHANGED, List.of(sourceId), List.of());
        boolean notModified = outcome.result != null && outcome.result.notModified();
        return new PollSummary(after, notModified, imported, outcome.error);
    }

    private void record(SourceEntity entity, Instant started, Outcome outcome) {
        Duration interval = Duration.ofMinutes(entity.getIntervalMinutes());
        Instant now = clock.instant();
        entity.setLastPoll(started);
        entity.setClaimedBy(null); // the next poll recorded below ends the schedule's claim
        if (outcome.error == null) {
            entity.setLastSuccess(now);
            entity.setLastError(null);
            entity.setFailures(0);
            entity.setEtag(outcome.result.etag());
            entity.setLastModified(outcome.result.lastModified());
            entity.setCursor(outcome.result.cursor());
            entity.setNextPoll(entity.isPaused() ? null : BackOff.afterSuccess(now, interval));
        } else {
            // validators, cursor and the last success stay: the next good poll continues where the last one ended
            int failures = entity.getFailures() + 1;
            entity.setFailures(failures);
            entity.setLastError(outcome.error);
            entity.setNextPoll(entity.isPaused() ? null : BackOff.afterFailure(now, interval, failures, outcome.failure));
        }
    }

    private Outcome fetch(SourceEntity source, SourceState state, IProgressMonitor monitor) {
        FeedSourceType type;
        try {
            type = registry.type(source.getTypeId()).orElse(null);
        } catch (RuntimeException e) {
            log.error("Feed source type " + source.getTypeId() + " could not be created", e);
            type = null;
        }
        if (type == null) {
            return Outcome.failed("Its source type '" + source.getTypeId()
                    + "' is not installed (any more): install the plugin that contributes it, or remove the source.", null);
        }
        AtomicBoolean gaveUp = new AtomicBoolean();
        BasicFetchContext context = new BasicFetchContext(http, clock, () -> gaveUp.get() || monitor.isCanceled());
        FeedSourceType fetching = type;
        Future<FetchResult> result = fetchThreads.submit(() -> fetching.fetch(state, context));
        long deadline = System.nanoTime() + fetchTimeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                if (monitor.isCanceled()) {
                    gaveUp.set(true);
                    result.cancel(true);
                    return Outcome.failed("The poll was cancelled.", null);
                }
                try {
                    FetchResult fetched = result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                    if (fetched == null) {
                        return Outcome.failed("Its source type '" + source.getTypeId() + "' returned nothing.", null);
                    }
                    return new Outcome(fetched, null, null);
                } catch (TimeoutException slice) {
                    // not yet: look at the monitor again
                }
            }
        } catch (TimeoutException e) {
            gaveUp.set(true);
            result.cancel(true);
            return Outcome.failed("No answer within " + fetchTimeout.toSeconds() + " s; it is tried again later.", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            gaveUp.set(true);
            result.cancel(true);
            return Outcome.failed("The poll was interrupted.", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FeedException failure) {
                return Outcome.failed(failure.getMessage(), failure);
            }
            log.error("Feed source type " + source.getTypeId() + " failed on " + source.getLocation(), cause);
            return Outcome.failed("Its source type '" + source.getTypeId() + "' failed: " + cause, null);
        }
    }

    /** What one fetch gave: a result, or an error message (with the failure when the type reported one). */
    private record Outcome(FetchResult result, String error, FeedException failure) {
        static Outcome failed(String error, FeedException failure) {
            return new Outcome(null, error, failure);
        }
    }
}
