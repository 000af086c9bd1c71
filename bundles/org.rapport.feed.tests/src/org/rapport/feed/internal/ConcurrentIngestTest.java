package org.rapport.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.PostQuery;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;

/**
 * Two polls storing the same posts at the same moment: two sources that both carry a post (a hashtag search and an
 * account), or, in team mode, two colleagues' Rapport polling the same source on one server. Neither sees what the
 * other has not committed yet, so both try to write the same identities and posts; the loser of the unique keys
 * must store its chunk again (finding the posts stored) instead of failing the poll.
 */
class ConcurrentIngestTest {

    private static final int POSTS = 300;

    @TempDir
    Path workspace;

    @Test
    void twoPollsStoringTheSamePostsAtOnceBothSucceedAndStoreEachPostOnce() throws Exception {
        BothReadFirst lookup = new BothReadFirst();
        List<FetchedPost> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            AuthorIdentity author = TestFeed.mastodon("fan" + (i % 40) + "@mastodon.example", "Fan " + (i % 40));
            posts.add(TestFeed.status(Integer.toString(i), author, "I love the new bikes, number " + i, POSTS - i));
        }
        ExecutorService polls = Executors.newFixedThreadPool(2);
        try (TestFeed test = new TestFeed(workspace, lookup)) {
            Future<ImportSummary> first = polls.submit(() -> test.feed.store(1, new ParseResult(posts, List.of())));
            Future<ImportSummary> second = polls.submit(() -> test.feed.store(2, new ParseResult(posts, List.of())));
            ImportSummary a = first.get(2, TimeUnit.MINUTES);
            ImportSummary b = second.get(2, TimeUnit.MINUTES);

            assertTrue(lookup.met.get(), "both polls had read what was stored before either wrote anything");
            assertEquals(POSTS, a.created() + b.created(), "every post is new to exactly one poll: " + a + " / " + b);
            assertEquals(POSTS, a.alreadyStored() + b.alreadyStored(), "the other poll finds them stored");
            assertEquals(POSTS, test.feed.count(PostQuery.ALL));
            assertEquals(40, test.unit.read(em -> em.createQuery("SELECT COUNT(i) FROM Identity i", Long.class)
                    .getSingleResult()).intValue(), "each author once");
        } finally {
            polls.shutdownNow();
        }
    }

    /**
     * Matches nobody; the first batch lookup of each poll, which comes after the poll read which posts are stored and
     * before it writes anything, waits for the other poll to get there too.
     */
    private static final class BothReadFirst implements PersonLookup {
        final CyclicBarrier barrier = new CyclicBarrier(2);
        final AtomicBoolean met = new AtomicBoolean();
        private final Set<Thread> waited = ConcurrentHashMap.newKeySet();

        @Override
        public Map<String, PersonRef> byHandles(String network, Collection<String> handles) {
            if (waited.add(Thread.currentThread())) {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                    met.set(true);
                } catch (Exception e) {
                    throw new IllegalStateException("the other poll did not come", e);
                }
            }
            return Map.of();
        }

        @Override
        public List<PersonRef> find(String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<PersonRef> person(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<PersonRef> byEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<PersonRef> byHandle(String network, String handle) {
            return Optional.empty();
        }

        @Override
        public List<OrganizationRef> organizations(String prefix, int limit) {
            return List.of();
        }
    }
}
