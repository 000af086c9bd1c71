package org.rapport.feed.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;
import org.rapport.testing.Osgi;

/**
 * The demo posts load after the demo contacts, through the same store path as real posts, and give every view
 * something to show: matched authors, a mix of sentiment, conversations, unanswered complaints of contacts and a
 * negative burst about the demo brand.
 */
class DemoDataOsgiTest {

    @Test
    void demoPostsAreMatchedToTheDemoContactsAndShowANegativeBurst() {
        List<String> loaded = Osgi.demoDataLoaded();
        assertTrue(loaded.isEmpty() || loaded.indexOf("contacts") < loaded.indexOf("feed"), "contacts first: " + loaded);
        FeedService feed = Osgi.service(FeedService.class);

        int all = feed.count(PostQuery.ALL);
        assertTrue(all >= 250 && all <= 400, "a few hundred posts: " + all);
        int matched = feed.count(new PostQuery(null, null, null, null, true, false, null, null));
        assertTrue(matched >= all / 3, "most contacts' posts are matched: " + matched + " of " + all);
        for (SentimentLabel label : SentimentLabel.values()) {
            assertTrue(feed.count(PostQuery.ALL.withLabel(label)) >= 20, "enough " + label + " posts");
        }
        List<String> networks = feed.posts(PostQuery.ALL, 0, all).stream().map(Post::network).distinct().sorted().toList();
        assertTrue(networks.containsAll(List.of("bluesky", "mastodon", "rss")), networks.toString());

        Instant now = Instant.now();
        PostQuery burst = new PostQuery(null, SentimentLabel.NEGATIVE, DemoPosts.BUZZ_TERM, null, false, false,
                now.minus(Duration.ofMinutes(120)), now.plusSeconds(60));
        assertTrue(feed.count(burst) >= 6, "negative posts about the demo brand in the last two hours");

        List<Post> replies = feed.posts(PostQuery.ALL, 0, all).stream().filter(p -> p.inReplyTo() != null).toList();
        assertTrue(replies.size() >= 6, "conversations with answers");
        assertTrue(feed.conversation(replies.get(0).id()).size() >= 3, "a root and its replies");
        PostQuery waiting = new PostQuery(null, SentimentLabel.NEGATIVE, null, null, true, true, null, null);
        assertTrue(feed.count(waiting) >= 3, "unanswered complaints of known contacts");
    }
}
