package org.rapport.feed.internal.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.BuzzAlert;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.WatchService;
import org.rapport.feed.WatchedTerm;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;
import org.rapport.feed.internal.model.AlertEntity;
import org.rapport.feed.internal.model.WatchEntity;

/**
 * Watched terms and people and their alerts on the feed unit; the alerts themselves are raised by
 * {@link BuzzDetector} as posts are stored. Sentiment over time is counted from the stored posts a page at a time.
 */
@Component(service = WatchService.class)
public class JpaWatchService implements WatchService {

    private static final int TERM_LENGTH = 200;
    private static final int PAGE = 5_000;

    private final FeedUnit unit;
    private final FeedEvents events;
    private final FeedService feed;
    private volatile PersonLookup people;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public JpaWatchService(@Reference FeedUnit unit, @Reference FeedEvents events, @Reference FeedService feed) {
        this.unit = unit;
        this.events = events;
        this.feed = feed;
    }

    /** Names watched people when the contacts domain is installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPersonLookup(PersonLookup lookup) {
        people = lookup;
    }

    void unsetPersonLookup(PersonLookup lookup) {
        if (people == lookup) {
            people = null;
        }
    }

    @Override
    public List<WatchedTerm> watched() {
        List<WatchedTerm> watched = new ArrayList<>(unit.read(em -> em.createQuery("SELECT w FROM FeedWatch w",
                WatchEntity.class).getResultList().stream().map(WatchMapper::toWatched).toList()));
        watched.sort(Comparator.comparing((WatchedTerm w) -> w.label().toLowerCase(Locale.ROOT)).thenComparing(WatchedTerm::id));
        return watched;
    }

    @Override
    public WatchedTerm watchTerm(String term) {
        String trimmed = term == null ? "" : term.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Name the term to watch: a brand, a product, a competitor.");
        }
        if (trimmed.length() > TERM_LENGTH) {
            throw new IllegalArgumentException("A watched term has at most " + TERM_LENGTH + " characters.");
        }
        String key = trimmed.toLowerCase(Locale.ROOT);
        return save(() -> unit.write(em -> {
            List<WatchEntity> existing = em.createQuery("SELECT w FROM FeedWatch w WHERE w.termKey = :key", WatchEntity.class)
                    .setParameter("key", key).getResultList();
            if (!existing.isEmpty()) {
                return new Saved(WatchMapper.toWatched(existing.get(0)), false);
            }
            WatchEntity entity = newWatch(trimmed);
            entity.setTerm(trimmed, key);
            em.persist(entity);
            em.flush();
            return new Saved(WatchMapper.toWatched(entity), true);
        }));
    }

    @Override
    public WatchedTerm watchPerson(long personId) {
        PersonLookup lookup = people;
        String name = (lookup == null ? null : lookup.person(personId).map(PersonRef::displayName).orElse(null));
        String label = name == null || name.isBlank() ? "Person " + personId : name;
        return save(() -> unit.write(em -> {
            List<WatchEntity> existing = em.createQuery("SELECT w FROM FeedWatch w WHERE w.personId = :person",
                    WatchEntity.class).setParameter("person", personId).getResultList();
            if (!existing.isEmpty()) {
                return new Saved(WatchMapper.toWatched(existing.get(0)), false);
            }
            WatchEntity entity = newWatch(label.length() > TERM_LENGTH ? label.substring(0, TERM_LENGTH) : label);
            entity.setPersonId(personId);
            em.persist(entity);
            em.flush();
            return new Saved(WatchMapper.toWatched(entity), true);
        }));
    }

    private static WatchEntity newWatch(String label) {
        WatchEntity entity = new WatchEntity();
        entity.setLabel(label);
        entity.setMinCount(BuzzRule.DEFAULT_MIN_COUNT);
        entity.setWindowMinutes(BuzzRule.DEFAULT_WINDOW_MINUTES);
        return entity;
    }

    private WatchedTerm save(java.util.function.Supplier<Saved> work) {
        Saved saved = work.get();
        if (saved.created) {
            events.changed(FeedTopics.WATCHES_CHANGED, List.of(saved.watch.id()), List.of());
        }
        return saved.watch;
    }

    private record Saved(WatchedTerm watch, boolean created) {
    }

    @Override
    public WatchedTerm updateRule(long watchId, int minCount, int windowMinutes) {
        if (minCount < 1) {
            throw new IllegalArgumentException("An alert needs at least 1 negative post, not " + minCount + ".");
        }
        if (windowMinutes < 1 || windowMinutes > BuzzRule.MAX_WINDOW_MINUTES) {
            throw new IllegalArgumentException("The window is 1 minute to 7 days (" + BuzzRule.MAX_WINDOW_MINUTES
                    + " minutes), not " + windowMinutes + ".");
        }
        WatchedTerm updated = unit.write(em -> {
            WatchEntity entity = em.find(WatchEntity.class, watchId);
            if (entity == null) {
                throw new IllegalArgumentException("Watch " + watchId + " does not exist (any more).");
            }
            entity.setMinCount(minCount);
            entity.setWindowMinutes(windowMinutes);
            return WatchMapper.toWatched(entity);
        });
        events.changed(FeedTopics.WATCHES_CHANGED, List.of(watchId), List.of());
        return updated;
    }

    @Override
    public void unwatch(long watchId) {
        boolean removed = unit.write(em -> {
            WatchEntity entity = em.find(WatchEntity.class, watchId);
            if (entity != null) {
                em.remove(entity);
            }
            return entity != null;
        });
        if (removed) {
            events.changed(FeedTopics.WATCHES_CHANGED, List.of(watchId), List.of());
        }
    }

    @Override
    public List<BuzzAlert> alerts(int limit) {
        return unit.read(em -> em.createQuery("SELECT a FROM FeedAlert a ORDER BY a.to DESC, a.id DESC", AlertEntity.class)
                .setMaxResults(Math.max(0, limit)).getResultList().stream().map(WatchMapper::toAlert).toList());
    }

    @Override
    public void markSeen(long alertId) {
        unit.write(em -> {
            AlertEntity entity = em.find(AlertEntity.class, alertId);
            if (entity != null) {
                entity.setSeen(true);
            }
            return null;
        });
    }

    @Override
    public List<SentimentBucket> sentimentOverTime(String term, Instant from, Instant to) {
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC);
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
        int[][] counts = new int[days][3];
        double[] sums = new double[days];
        String wanted = term == null || term.isBlank() ? null : term.strip();
        PostQuery query = new PostQuery(null, null, wanted, null, false, false, from, to);
        for (int offset = 0;; offset += PAGE) {
            List<Post> page = feed.posts(query, offset, PAGE);
            for (Post post : page) {
                int day = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(post.published(), ZoneOffset.UTC));
                if (day >= 0 && day < days) {
                    counts[day][post.label().ordinal()]++;
                    sums[day] += post.sentiment();
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<SentimentBucket> buckets = new ArrayList<>(days);
        for (int day = 0; day < days; day++) {
            int[] c = counts[day];
            int total = c[0] + c[1] + c[2];
            buckets.add(new SentimentBucket(first.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC), c[0], c[1], c[2],
                    total == 0 ? 0 : sums[day] / total));
        }
        return buckets;
    }
}
