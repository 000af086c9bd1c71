package org.rapport.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseProblem;
import org.rapport.feed.sources.ParseResult;

/** Storing posts: once per network and external id, scored, threaded, listed newest first, marked answered. */
class FeedStoreTest {

    @TempDir
    Path workspace;

    private static final AuthorIdentity ADA = TestFeed.mastodon("ada@mastodon.example", "Ada");
    private static final AuthorIdentity BOB = TestFeed.mastodon("bob@social.example", "Bob");

    @Test
    void importingTheSamePostsAgainAddsNothingAndRefreshesTheirCounts() {
        try (TestFeed test = new TestFeed(workspace, null)) {
            FetchedPost first = TestFeed.status("1", ADA, "I love the new bikes", 30);
            ParseProblem problem = new ParseProblem("statuses.json", "$[2]", "account", "no author");
            ImportSummary summary = test.feed.store(7, new ParseResult(List.of(first,
                    TestFeed.status("2", BOB, "My order arrived broken, I want a refund", 20), first), List.of(problem)));

            assertEquals(3, summary.read());
            assertEquals(2, summary.created(), "the post twice in one batch is stored once");
            assertEquals(1, summary.alreadyStored());
            assertEquals(1, summary.negative());
            assertEquals(List.of(problem), summary.problems());
            long id = test.feed.posts(PostQuery.ALL, 0, 10).get(1).id();
            assertEquals(1, test.feed.post(id).orElseThrow().replies(), "read once, before the counts change");

            FetchedPost recounted = new FetchedPost(first.externalId(), "mastodon", ADA, first.text(), first.published(),
                    first.url(), "en", null, null, List.of(), List.of(), 5, 6, 7, null, null);
            ImportSummary again = test.feed.store(7, new ParseResult(List.of(recounted), List.of()));

            assertEquals(0, again.created());
            assertEquals(1, again.alreadyStored());
            assertEquals(2, test.feed.count(PostQuery.ALL), "nothing was added");
            Post post = test.feed.post(id).orElseThrow();
            assertEquals(List.of(5, 6, 7), List.of(post.replies(), post.reposts(), post.likes()), "counts refreshed");
            assertEquals(List.of("rapport"), post.tags(), "the first import's tags stay");
        }
    }

    @Test
    void postsAreListedNewestFirstWithTheirAuthorSentimentAndTags() {
        try (TestFeed test = new TestFeed(workspace, null)) {
            test.feed.store(0, new ParseResult(List.of(TestFeed.status("1", ADA, "Great service, love it", 90),
                    TestFeed.status("2", BOB, "Terrible support, still broken", 10),
                    TestFeed.status("3", ADA, "Opening hours on Sunday?", 50)), List.of()));

            List<Post> posts = test.feed.posts(PostQuery.ALL, 0, 10);

            assertEquals(List.of("Terrible support, still broken", "Opening hours on Sunday?", "Great service, love it"),
                    posts.stream().map(Post::text).toList());
            Post negative = posts.get(0);
            assertEquals(SentimentLabel.NEGATIVE, negative.label());
            assertEquals(-1.0, negative.sentiment(), 1e-9);
            assertEquals("bob@social.example", negative.author().handle());
            assertEquals("Bob", negative.author().displayName());
            assertNull(negative.authorPerson(), "nobody is matched without the contacts");
            assertEquals(TestFeed.NOW.minusSeconds(600), negative.published());
            assertEquals(SentimentLabel.POSITIVE, posts.get(2).label());
            assertEquals(SentimentLabel.NEUTRAL, posts.get(1).label());
            assertEquals(List.of("Opening hours on Sunday?"), test.feed.posts(PostQuery.ALL, 1, 1).stream()
                    .map(Post::text).toList(), "a page from an offset");
            assertEquals("{\"id\":\"1\"}", test.unit.read(em -> em.find(
                    org.rapport.feed.internal.model.PostPayloadEntity.class, posts.get(2).id()).getPayload()),
                    "the raw payload is kept");
            assertTrue(test.posted.stream().anyMatch(e -> e.getTopic().equals(FeedTopics.POSTS_CHANGED)));
        }
    }

    @Test
    void queriesFilterByLabelTermSourceTimeAndAnswered() {
        try (TestFeed test = new TestFeed(workspace, null)) {
            test.feed.store(1, new ParseResult(List.of(TestFeed.status("1", ADA, "Northwind bikes: great", 90),
                    TestFeed.status("2", BOB, "northwind 100%_off? terrible", 10)), List.of()));
            test.feed.store(2, new ParseResult(List.of(TestFeed.status("3", ADA, "Lumen coffee is broken", 50)),
                    List.of()));

            assertEquals(List.of("2", "3"), ids(test.feed.posts(PostQuery.ALL.withLabel(SentimentLabel.NEGATIVE), 0, 10)));
            assertEquals(List.of("2", "1"), ids(test.feed.posts(PostQuery.ALL.withTerm("NORTHWIND"), 0, 10)),
                    "a term ignores case");
            assertEquals(List.of("2"), ids(test.feed.posts(PostQuery.ALL.withTerm("100%_"), 0, 10)),
                    "% and _ in a term are plain characters");
            assertEquals(1, test.feed.count(PostQuery.ALL.withTerm("northwind").withLabel(SentimentLabel.NEGATIVE)));
            PostQuery second = new PostQuery(2L, null, null, null, false, false, null, null);
            assertEquals(List.of("3"), ids(test.feed.posts(second, 0, 10)));
            PostQuery lastHour = new PostQuery(null, null, null, null, false, false, TestFeed.NOW.minusSeconds(3600),
                    TestFeed.NOW);
            assertEquals(List.of("2", "3"), ids(test.feed.posts(lastHour, 0, 10)));
            assertEquals(3, test.feed.count(PostQuery.ALL));

            long post2 = test.feed.posts(PostQuery.ALL, 0, 1).get(0).id();
            test.feed.markAnswered(post2, true);
            PostQuery unanswered = new PostQuery(null, null, null, null, false, true, null, null);
            assertEquals(List.of("3", "1"), ids(test.feed.posts(unanswered, 0, 10)));
            assertEquals(2, test.feed.count(unanswered));
            assertTrue(test.feed.post(post2).orElseThrow().answered());
            test.feed.markAnswered(post2, false);
            assertFalse(test.feed.post(post2).orElseThrow().answered());
            assertEquals(3, test.feed.count(unanswered), "the cached count follows the change");
        }
    }

    @Test
    void aConversationIsItsRootAndEveryReplyOldestFirstWhateverOrderTheyCameIn() {
        try (TestFeed test = new TestFeed(workspace, null)) {
            // a reply to a reply arrives first, without its root known; then the root and the reply between
            test.feed.store(0, new ParseResult(List.of(TestFeed.reply("12", ADA, "Still waiting", 5, "11", null)),
                    List.of()));
            test.feed.store(0, new ParseResult(List.of(TestFeed.status("10", BOB, "Is the shop open?", 60),
                    TestFeed.reply("11", ADA, "Yes until 6", 30, "10", "10"),
                    TestFeed.status("20", BOB, "Another topic", 20)), List.of()));
            test.feed.store(0, new ParseResult(List.of(TestFeed.reply("13", BOB, "Thanks!", 1, "12", null)), List.of()));

            long last = test.feed.posts(PostQuery.ALL, 0, 1).get(0).id();
            List<Post> conversation = test.feed.conversation(last);

            assertEquals(List.of("10", "11", "12", "13"), ids(conversation));
            assertNull(conversation.get(0).root(), "the root starts the conversation");
            assertEquals("https://mastodon.example/statuses/10", conversation.get(3).root());
            assertEquals("https://mastodon.example/statuses/12", conversation.get(3).inReplyTo());

            test.feed.markAnswered(conversation.get(1).id(), true);
            assertTrue(test.feed.conversation(last).stream().allMatch(Post::answered), "the whole conversation");
            assertFalse(test.feed.posts(PostQuery.ALL, 0, 10).stream().filter(p -> p.text().equals("Another topic"))
                    .findFirst().orElseThrow().answered());
        }
    }

    static List<String> ids(List<Post> posts) {
        List<String> ids = new ArrayList<>();
        for (Post p : posts) {
            ids.add(p.externalId().substring(p.externalId().lastIndexOf('/') + 1));
        }
        return ids;
    }
}
