package org.rapport.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rapport.feed.sources.AuthorIdentity;

/** The normalisation every source type and the matching rely on. */
class ApiValuesTest {

    @Test
    void handlesAreStoredWithoutAtAndInLowerCaseSoTheSamePersonMatchesAcrossPosts() {
        AuthorIdentity typed = new AuthorIdentity(" Mastodon ", "@Ada@Mastodon.Social", " Ada ", null, null, null, -1);
        assertEquals("mastodon", typed.network());
        assertEquals("ada@mastodon.social", typed.handle());
        assertEquals("mastodon:ada@mastodon.social", typed.key());
        assertEquals("Ada", typed.label());
        assertEquals("ada.bsky.social",
                new AuthorIdentity("bluesky", "ada.bsky.social", null, null, null, null, -1).label());
    }

    @Test
    void labelsFollowVadersThresholds() {
        assertEquals(SentimentLabel.POSITIVE, SentimentLabel.of(0.05));
        assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(0.049));
        assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.of(-0.049));
        assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.of(-0.05));
    }
}
