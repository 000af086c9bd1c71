package org.rapport.feed.ui.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rapport.feed.FeedService;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;

/**
 * Posts a test stores through the real feed service: each test run's posts carry a word of their own (the marker), so
 * a test finds its posts with a term filter among the demo data and the posts of other tests.
 */
final class TestPosts {

    static final String NEGATIVE_TEXT = "terrible, awful service, I hate it and I am angry";
    static final String POSITIVE_TEXT = "I love it, great and wonderful work, thank you";
    static final String NEUTRAL_TEXT = "the meeting is on Tuesday at the office";

    private final FeedService feed;
    private final String marker;
    private final List<FetchedPost> posts = new ArrayList<>();
    private int next;

    private TestPosts(FeedService feed, String marker) {
        this.feed = feed;
        this.marker = marker;
    }

    /** A batch with a new marker word. */
    static TestPosts of(FeedService feed, String prefix) {
        return new TestPosts(feed, prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
    }

    /** The word every post of the batch contains. */
    String marker() {
        return marker;
    }

    /** The query of this batch's posts. */
    PostQuery query() {
        return PostQuery.ALL.withTerm(marker);
    }

    /** Adds a post by an author; returns its external id. */
    String add(AuthorIdentity author, String text, String inReplyTo, String root) {
        String id = "https://example.social/@" + author.handle() + "/" + marker + "-" + next++;
        posts.add(new FetchedPost(id, author.network(), author, marker + " " + text,
                Instant.now().minus(Duration.ofMinutes(30 - next)), id, "en", inReplyTo, root, List.of(), List.of(marker),
                1, 2, 3, null, null));
        return id;
    }

    /** An author on Mastodon, of this batch only (what a test does to an author leaves other tests' alone). */
    AuthorIdentity author(String user, String name) {
        String handle = user + "." + marker;
        return new AuthorIdentity("mastodon", handle + "@example.social", name, null, null,
                "https://example.social/@" + handle, 42);
    }

    /** Stores the batch. */
    ImportSummary store() {
        ImportSummary summary = feed.store(0, new ParseResult(posts, List.of()));
        posts.clear();
        return summary;
    }

    /** The stored post with this external id. */
    Post stored(String externalId) {
        return feed.posts(query(), 0, 100).stream().filter(p -> p.externalId().equals(externalId)).findFirst()
                .orElseThrow(() -> new AssertionError("the post " + externalId + " is stored"));
    }
}
