package org.rapport.feed.internal.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedSource;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.PollSummary;
import org.rapport.feed.SourceService;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;
import org.rapport.feed.internal.model.SourceEntity;
import org.rapport.feed.internal.registry.SourceTypeRegistry;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedHttp;

/**
 * Sources on the feed unit: the configured sources and their state, polls on demand, imports of files and URLs.
 * Automatic polling on each source's schedule is {@link AutomaticPolling}'s, which calls {@link #poll} from its jobs.
 */
@Component(service = SourceService.class)
public class JpaSourceService implements SourceService {

    /** How long one fetch may take before it is given up (the type's thread is interrupted and left behind). */
    static final Duration FETCH_TIMEOUT = Duration.ofMinutes(2);
    private static final int NAME_LENGTH = 200;

    private final FeedUnit unit;
    private final FeedEvents events;
    private final SourceTypeRegistry registry;
    private final FeedService feed;
    private final Clock clock;
    private final ExecutorService fetchThreads;
    private final SourcePoller poller;
    private final OnceImport onceImport;

    /** Used by DS. */
    @Activate
    public JpaSourceService(@Reference FeedUnit unit, @Reference FeedEvents events, @Reference SourceTypeRegistry registry,
            @Reference FeedService feed, @Reference FeedHttp http) {
        this(unit, events, registry, feed, http, Clock.systemUTC(), FETCH_TIMEOUT);
    }

    /** With the clock and the fetch time-out a test sets. */
    JpaSourceService(FeedUnit unit, FeedEvents events, SourceTypeRegistry registry, FeedService feed, FeedHttp http,
            Clock clock, Duration fetchTimeout) {
        this.unit = unit;
        this.events = events;
        this.registry = registry;
        this.feed = feed;
        this.clock = clock;
        // daemon threads: a type that never returns must not keep the process alive
        this.fetchThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "Rapport feed fetch");
            thread.setDaemon(true);
            return thread;
        });
        this.poller = new SourcePoller(unit, events, registry, feed, http, clock, fetchTimeout, fetchThreads);
        this.onceImport = new OnceImport(registry, feed, http);
    }

    @Deactivate
    void stop() {
        fetchThreads.shutdownNow();
    }

    @Override
    public List<SourceTypeInfo> types() {
        return registry.types();
    }

    @Override
    public List<FeedSource> sources() {
        Set<String> installed = SourceMapper.installedTypes(registry);
        List<SourceEntity> rows = unit.read(em -> em.createQuery("SELECT s FROM FeedSourceRow s", SourceEntity.class)
                .getResultList());
        List<FeedSource> sources = new ArrayList<>();
        for (SourceEntity row : rows) {
            sources.add(SourceMapper.toSource(row, feed, installed));
        }
        sources.sort(Comparator.comparing((FeedSource s) -> s.name().toLowerCase(Locale.ROOT)).thenComparing(FeedSource::id));
        return sources;
    }

    @Override
    public Optional<FeedSource> source(long id) {
        return Optional.ofNullable(unit.read(em -> em.find(SourceEntity.class, id)))
                .map(e -> SourceMapper.toSource(e, feed, registry));
    }

    @Override
    public FeedSource add(String location) {
        String typed = location == null ? "" : location.trim();
        SourceTypeRegistry.Recognized recognized = typed.isEmpty() ? null : registry.recognize(typed).orElse(null);
        if (recognized == null) {
            throw new IllegalArgumentException((typed.isEmpty() ? "Type where to read posts from"
                    : "No installed source type reads '" + typed + "'") + "; understood: " + understoodForms() + ".");
        }
        String typeId = recognized.type().id();
        String normalized = recognized.location().location();
        int minutes = Math.max(1, registry.pollMinutes(typeId));
        Instant now = clock.instant();
        long[] created = { 0 };
        long id = unit.write(em -> {
            List<SourceEntity> existing = em.createQuery(
                    "SELECT s FROM FeedSourceRow s WHERE s.typeId = :type AND s.location = :location", SourceEntity.class)
                    .setParameter("type", typeId).setParameter("location", normalized).getResultList();
            if (!existing.isEmpty()) {
                return existing.get(0).getId();
            }
            SourceEntity entity = new SourceEntity();
            entity.setTypeId(typeId);
            entity.setLocation(normalized);
            entity.setNetwork(recognized.location().network());
            entity.setName(clip(recognized.location().displayName().isBlank() ? normalized
                    : recognized.location().displayName()));
            entity.setIntervalMinutes(minutes);
            entity.setNextPoll(now);
            em.persist(entity);
            em.flush();
            created[0] = entity.getId();
            return entity.getId();
        });
        if (created[0] != 0) {
            events.changed(FeedTopics.SOURCES_CHANGED, List.of(id), List.of());
        }
        return source(id).orElseThrow();
    }

    private String understoodForms() {
        List<SourceTypeInfo> types = registry.types();
        if (types.isEmpty()) {
            return "nothing, no source type is installed";
        }
        return types.stream().map(t -> t.name() + (t.example() == null || t.example().isBlank() ? "" : " (" + t.example() + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String clip(String name) {
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
    }

    @Override
    public FeedSource update(long id, String name, Duration interval, boolean paused) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A source needs a name.");
        }
        if (name.trim().length() > NAME_LENGTH) {
            throw new IllegalArgumentException("A source's name has at most " + NAME_LENGTH + " characters.");
        }
        if (interval == null || interval.toMinutes() < 1) {
            throw new IllegalArgumentException("Poll a source at most once a minute.");
        }
        Instant now = clock.instant();
        unit.write(em -> {
            SourceEntity entity = em.find(SourceEntity.class, id);
            if (entity == null) {
                throw new IllegalArgumentException("There is no feed source " + id + " (any more).");
            }
            boolean resumed = entity.isPaused() && !paused;
            boolean intervalChanged = entity.getIntervalMinutes() != interval.toMinutes();
            entity.setName(name.trim());
            entity.setIntervalMinutes((int) Math.min(Integer.MAX_VALUE, interval.toMinutes()));
            entity.setPaused(paused);
            if (paused) {
                entity.setNextPoll(null);
            } else if (resumed || entity.getNextPoll() == null) {
                entity.setNextPoll(now);
            } else if (intervalChanged && entity.getFailures() == 0) {
                Instant last = entity.getLastPoll() == null ? now : entity.getLastPoll();
                entity.setNextPoll(BackOff.afterSuccess(last, interval));
            }
            return null;
        });
        events.changed(FeedTopics.SOURCES_CHANGED, List.of(id), List.of());
        return source(id).orElseThrow();
    }

    @Override
    public void remove(long id) {
        boolean removed = unit.write(em -> {
            SourceEntity entity = em.find(SourceEntity.class, id);
            if (entity != null) {
                em.remove(entity);
            }
            return entity != null;
        });
        if (removed) {
            events.changed(FeedTopics.SOURCES_CHANGED, List.of(id), List.of());
        }
    }

    @Override
    public PollSummary poll(long id, IProgressMonitor monitor) {
        return poller.poll(id, SubMonitor.convert(monitor));
    }

    @Override
    public List<PollSummary> pollAll(IProgressMonitor monitor) {
        List<Long> ids = unit.read(em -> em.createQuery("SELECT s.id FROM FeedSourceRow s WHERE s.paused = FALSE"
                + " ORDER BY s.id", Long.class).getResultList());
        SubMonitor progress = SubMonitor.convert(monitor, "Polling feed sources", ids.size());
        List<PollSummary> summaries = new ArrayList<>();
        for (long id : ids) {
            if (progress.isCanceled()) {
                break;
            }
            try {
                summaries.add(poller.poll(id, progress.split(1)));
            } catch (IllegalArgumentException removedMeanwhile) {
                // removed while the others were polled: nothing to report
            }
        }
        return summaries;
    }

    @Override
    public ImportSummary importOnce(String fileOrUrl, String typeId, IProgressMonitor monitor) throws FeedException {
        return onceImport.run(fileOrUrl, typeId, monitor);
    }
}
