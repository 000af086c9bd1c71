package org.rapport.feed.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.internal.model.IdentityEntity;
import org.rapport.feed.internal.model.PostEntity;
import org.rapport.feed.internal.sentiment.SentimentScorer;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;

/**
 * The stored posts on the feed unit: {@link PostIngest} writes, {@link PostReads} reads, {@link Rematcher} re-matches.
 * Contacts are asked through the optional {@link PersonLookup}; new posts are told to the {@link NewPostsListener}s
 * after each committed chunk, and changes posted on {@link FeedTopics#POSTS_CHANGED} (with the timeline topic for the
 * contacts concerned).
 */
@Component(service = FeedService.class)
public class JpaFeedService implements FeedService {

    private final FeedUnit unit;
    private final FeedEvents events;
    private final PostIngest ingest;
    private final Clock clock;
    private final PostCounts counts = new PostCounts();
    private final List<NewPostsListener> listeners = new CopyOnWriteArrayList<>();
    private volatile PersonLookup lookup;
    private volatile ProfileLinker profiles;

    @Activate
    public JpaFeedService(@Reference FeedUnit unit, @Reference FeedEvents events, @Reference SentimentScorer scorer) {
        this(unit, events, scorer, null, Clock.systemUTC());
    }

    /** For tests and tools: the service without OSGi, with a person lookup (or {@code null}) and a clock. */
    public JpaFeedService(FeedUnit unit, FeedEvents events, SentimentScorer scorer, PersonLookup lookup, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.ingest = new PostIngest(unit, scorer);
        this.lookup = lookup;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPersonLookup(PersonLookup service) {
        lookup = service;
    }

    void unsetPersonLookup(PersonLookup service) {
        if (lookup == service) {
            lookup = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setProfileLinker(ProfileLinker service) {
        profiles = service;
    }

    void unsetProfileLinker(ProfileLinker service) {
        if (profiles == service) {
            profiles = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNewPostsListener(NewPostsListener listener) {
        listeners.add(listener);
    }

    void removeNewPostsListener(NewPostsListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ImportSummary store(long sourceId, ParseResult parsed) {
        Map<String, FetchedPost> distinct = new LinkedHashMap<>();
        for (FetchedPost post : parsed.posts()) {
            distinct.putIfAbsent(Keys.postKey(post.network(), post.externalId()), post);
        }
        List<FetchedPost> posts = new ArrayList<>(distinct.values());
        PersonMatcher matcher = new PersonMatcher(lookup);
        Instant now = clock.instant();
        int created = 0;
        int matched = 0;
        int negative = 0;
        for (int from = 0; from < posts.size(); from += PostIngest.CHUNK) {
            PostIngest.Outcome outcome = ingest.store(sourceId, posts.subList(from, Math.min(posts.size(),
                    from + PostIngest.CHUNK)), matcher, now);
            counts.changed();
            created += outcome.created().size();
            matched += outcome.matched();
            negative += outcome.negative();
            if (!outcome.created().isEmpty()) {
                events.changed(FeedTopics.POSTS_CHANGED, outcome.created().stream().map(Post::id).toList(),
                        outcome.people());
                tell(outcome.created());
            }
        }
        return new ImportSummary(parsed.posts().size(), created, parsed.posts().size() - created, matched, negative,
                parsed.problems());
    }

    private void tell(List<Post> created) {
        for (NewPostsListener listener : listeners) {
            try {
                listener.postsStored(created);
            } catch (RuntimeException e) {
                ILog.of(JpaFeedService.class).log(Status.error("A listener to new feed posts failed", e));
            }
        }
    }

    @Override
    public List<Post> posts(PostQuery query, int offset, int limit) {
        return unit.read(em -> PostReads.page(em, query, Math.max(0, offset), limit));
    }

    @Override
    public List<Post> postsAfter(long afterId, int limit) {
        return unit.read(em -> PostReads.after(em, afterId, limit));
    }

    @Override
    public int count(PostQuery query) {
        return counts.count(query, q -> unit.read(em -> PostReads.count(em, q)));
    }

    @Override
    public Optional<Post> post(long id) {
        return unit.read(em -> PostReads.post(em, id));
    }

    @Override
    public List<Post> conversation(long postId) {
        return unit.read(em -> PostReads.conversation(em, postId));
    }

    @Override
    public void markAnswered(long postId, boolean answered) {
        Set<Long> people = new LinkedHashSet<>();
        List<Long> ids = unit.write(em -> {
            PostEntity post = em.find(PostEntity.class, postId);
            if (post == null) {
                return List.<Long>of();
            }
            List<PostEntity> thread = em.createQuery("SELECT p FROM Post p WHERE p.network = :network"
                    + " AND p.threadId = :thread", PostEntity.class).setParameter("network", post.getNetwork())
                    .setParameter("thread", post.getThreadId()).getResultList();
            List<Long> changed = new ArrayList<>();
            for (PostEntity p : thread) {
                if (p.isAnswered() != answered) {
                    p.setAnswered(answered);
                    changed.add(p.getId());
                    if (p.getAuthorPersonId() != null) {
                        people.add(p.getAuthorPersonId());
                    }
                }
            }
            return changed;
        });
        if (!ids.isEmpty()) {
            counts.changed();
            events.changed(FeedTopics.POSTS_CHANGED, ids, people); // their timeline entries say "answered"
        }
    }

    @Override
    public void linkIdentity(AuthorIdentity identity, long personId) {
        PersonMatcher matcher = new PersonMatcher(lookup);
        String name = matcher.person(personId).map(PersonRef::displayName).orElse("");
        Instant now = clock.instant();
        List<Long> ids = unit.write(em -> {
            IdentityBook book = IdentityBook.load(em, List.of(identity), new PersonMatcher(null), now);
            IdentityEntity row = book.upsert(identity);
            row.setPerson(personId, name);
            row.setLinkedByUser(true);
            row.setCheckedAt(now);
            em.flush();
            return Rematcher.repointPosts(em, row);
        });
        ProfileLinker linker = profiles;
        if (linker != null) {
            try {
                linker.addProfile(personId, identity);
            } catch (RuntimeException e) {
                ILog.of(JpaFeedService.class).log(Status.warning("The profile " + identity.key()
                        + " could not be added to contact " + personId + ": " + e.getMessage(), e));
            }
        }
        counts.changed();
        events.changed(FeedTopics.POSTS_CHANGED, ids, List.of(personId));
    }

    @Override
    public int rematch() {
        Rematcher.Outcome outcome = new Rematcher(unit, new PersonMatcher(lookup), clock.instant()).run();
        if (outcome.posts().isEmpty()) {
            return 0;
        }
        counts.changed();
        events.changed(FeedTopics.POSTS_CHANGED, outcome.posts(), outcome.people());
        return outcome.posts().size();
    }
}
