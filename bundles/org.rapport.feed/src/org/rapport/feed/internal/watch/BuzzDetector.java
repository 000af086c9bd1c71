package org.rapport.feed.internal.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.feed.BuzzAlert;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.internal.FeedEvents;
import org.rapport.feed.internal.FeedUnit;
import org.rapport.feed.internal.NewPostsListener;
import org.rapport.feed.internal.model.AlertEntity;
import org.rapport.feed.internal.model.WatchEntity;

/**
 * Raises negative-buzz alerts ({@link BuzzRule}) when new negative posts about a watched term (text contains it,
 * ignoring case) or person (author or mentioned) are stored. For each watch, the new posts are taken in time order in
 * chunks of one window, and each chunk is judged once, on the window ending at its newest post: a burst stored in one
 * import raises one alert, not one per post. Counts come from the stored posts, so posts stored earlier count too.
 */
@Component(service = NewPostsListener.class)
public class BuzzDetector implements NewPostsListener {

    /** The most posts an alert lists. */
    static final int MAX_POSTS = 200;

    private final FeedUnit unit;
    private final FeedEvents events;
    private final ILog log = ILog.of(BuzzDetector.class);
    private volatile FeedService feed;
    private volatile ComponentServiceObjects<FeedService> feedObjects;

    /**
     * Used by DS. The feed service is taken only when posts arrive: it is the service that tells this listener, so it
     * is still being activated when it first gets the listener (getting it at bind time is a cycle SCR reports).
     */
    @Activate
    public BuzzDetector(@Reference FeedUnit unit, @Reference FeedEvents events) {
        this.unit = unit;
        this.events = events;
    }

    /** Tests give the services of a database of their own. */
    public BuzzDetector(FeedUnit unit, FeedEvents events, FeedService feed) {
        this(unit, events);
        this.feed = feed;
    }

    /** The stored posts that windows are counted in. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFeedService(ComponentServiceObjects<FeedService> service) {
        feedObjects = service;
    }

    void unsetFeedService(ComponentServiceObjects<FeedService> service) {
        if (feedObjects == service) {
            feedObjects = null;
        }
    }

    @Override
    public void postsStored(List<Post> created) {
        List<Post> negative = created.stream().filter(p -> p.label() == SentimentLabel.NEGATIVE).toList();
        if (negative.isEmpty()) {
            return;
        }
        if (feed != null) {
            judgeAll(feed, negative);
            return;
        }
        ComponentServiceObjects<FeedService> objects = feedObjects;
        FeedService posts = objects == null ? null : objects.getService();
        if (posts != null) {
            try {
                judgeAll(posts, negative);
            } finally {
                objects.ungetService(posts);
            }
        }
    }

    private void judgeAll(FeedService posts, List<Post> negative) {
        List<WatchEntity> watches = unit.read(em -> em.createQuery("SELECT w FROM FeedWatch w", WatchEntity.class)
                .getResultList());
        for (WatchEntity watch : watches) {
            List<Instant> times = negative.stream().filter(p -> matches(watch, p)).map(Post::published).sorted().toList();
            Duration window = Duration.ofMinutes(watch.getWindowMinutes());
            int i = 0;
            while (i < times.size()) {
                Instant chunkStart = times.get(i);
                int last = i;
                while (last + 1 < times.size() && times.get(last + 1).isBefore(chunkStart.plus(window))) {
                    last++;
                }
                try {
                    judge(posts, watch.getId(), times.get(last));
                } catch (RuntimeException e) {
                    log.error("Negative buzz about '" + watch.getLabel() + "' could not be judged", e);
                }
                i = last + 1;
            }
        }
    }

    static boolean matches(WatchEntity watch, Post post) {
        if (watch.getTermKey() != null) {
            return post.text().toLowerCase(Locale.ROOT).contains(watch.getTermKey());
        }
        long person = watch.getPersonId();
        if (post.authorPerson() != null && post.authorPerson().id() == person) {
            return true;
        }
        for (PersonRef mentioned : post.mentionedPeople()) {
            if (mentioned.id() == person) {
                return true;
            }
        }
        return false;
    }

    /** The negative posts a watch counts, published in [from, to). */
    static PostQuery negativeAbout(WatchEntity watch, Instant from, Instant to) {
        return new PostQuery(null, SentimentLabel.NEGATIVE, watch.getTerm(), watch.getPersonId(), false, false, from, to);
    }

    /** Judges the window ending at {@code end} (inclusive) for one watch; raises an alert when it is above normal. */
    void judge(FeedService stored, long watchId, Instant end) {
        WatchEntity watch = unit.read(em -> em.find(WatchEntity.class, watchId));
        if (watch == null) {
            return;
        }
        Duration window = Duration.ofMinutes(watch.getWindowMinutes());
        Instant from = end.minus(window);
        Instant to = end.plusMillis(1);
        int count = stored.count(negativeAbout(watch, from, to));
        if (count < watch.getMinCount()) {
            return;
        }
        int before = stored.count(negativeAbout(watch, from.minus(BuzzRule.BASELINE_SPAN), from));
        double baseline = BuzzRule.baseline(before, window);
        if (!BuzzRule.above(count, watch.getMinCount(), baseline)
                || BuzzRule.coolingDown(watch.getLastAlertTo(), watch.getLastAlertCount(), end, count, window)) {
            return;
        }
        List<Long> postIds = stored.posts(negativeAbout(watch, from, to), 0, MAX_POSTS).stream().map(Post::id).toList();
        BuzzAlert alert = unit.write(em -> {
            WatchEntity current = em.find(WatchEntity.class, watchId);
            // another job may have raised it meanwhile: judge the cool-down again inside the transaction
            if (current == null || BuzzRule.coolingDown(current.getLastAlertTo(), current.getLastAlertCount(), end, count,
                    window)) {
                return null;
            }
            AlertEntity entity = new AlertEntity();
            entity.setWatch(current);
            entity.setWindow(from, end);
            entity.setNegative(count);
            entity.setBaseline(baseline);
            entity.getPostIds().addAll(postIds);
            em.persist(entity);
            current.setLastAlert(end, count);
            em.flush();
            return WatchMapper.toAlert(entity);
        });
        if (alert != null) {
            events.post(new Event(FeedTopics.ALERT_RAISED, properties(alert)));
        }
    }

    static Map<String, Object> properties(BuzzAlert alert) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(FeedTopics.ALERT_ID, alert.id());
        properties.put(FeedTopics.LABEL, alert.label());
        if (alert.term() != null) {
            properties.put(FeedTopics.TERM, alert.term());
        }
        if (alert.personId() != null) {
            properties.put(FeedTopics.PERSON_ID, alert.personId());
        }
        properties.put(FeedTopics.NEGATIVE, alert.negative());
        properties.put(FeedTopics.POST_IDS, alert.postIds().stream().mapToLong(Long::longValue).toArray());
        return properties;
    }
}
