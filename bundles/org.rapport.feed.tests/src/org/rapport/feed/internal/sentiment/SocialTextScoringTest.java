package org.rapport.feed.internal.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapport.feed.SentimentLabel;

/** What the scorer makes of the way people write on social networks. */
class SocialTextScoringTest {

    private final VaderSentimentScorer scorer = new VaderSentimentScorer();

    private SentimentLabel label(String text) {
        return SentimentLabel.of(scorer.score(text));
    }

    @Test
    void linksAndMentionsNeitherScoreNorEmphasise() {
        assertEquals(scorer.score("great job on the release"),
                scorer.score("@LoveDeals great job on the release https://example.com/notes?v=2&ok=1?x"));
        assertEquals(scorer.score("great job"), scorer.score("great job (www.example.com/happy)"));
        assertEquals(scorer.score("great job"), scorer.score("@happy@mastodon.social great job"));
        assertEquals(0.0, scorer.score("@GoodVibes https://example.com/love"), "a handle or a link alone is neutral");
    }

    @Test
    void hashtagsAreWordsAndCamelCaseHashtagsTheirWords() {
        assertEquals(SentimentLabel.NEGATIVE, label("delivered a day late #fail"));
        assertEquals(SentimentLabel.NEGATIVE, label("delivered a day late #EpicFail"));
        assertEquals(SentimentLabel.POSITIVE, label("new phone day #LoveIt"));
    }

    @Test
    void emoticonsAndEmojiCarrySentiment() {
        assertEquals(SentimentLabel.POSITIVE, label("the new app :)"));
        assertEquals(SentimentLabel.NEGATIVE, label("the new app :("));
        assertEquals(SentimentLabel.POSITIVE, label("the new app 😁"));
        assertEquals(SentimentLabel.NEGATIVE, label("the new app 😠"));
        assertEquals(SentimentLabel.POSITIVE, label("the new app 👌🏽"), "a skin tone is the same hand");
        assertEquals(scorer.score("the new app 👌"), scorer.score("the new app 👌🏽"));
    }

    @Test
    void negationTurnsTheWordAroundWithStraightOrTypographicApostrophes() {
        assertEquals(SentimentLabel.POSITIVE, label("the update is good"));
        assertEquals(SentimentLabel.NEGATIVE, label("the update is not good"));
        assertEquals(SentimentLabel.NEGATIVE, label("the update isn't good"));
        assertEquals(scorer.score("the update isn't good"), scorer.score("the update isn’t good"));
        assertEquals(SentimentLabel.POSITIVE, label("the update isn't bad"));
    }

    @Test
    void capitalsExclamationsAndBoostersMakeItStrongerDampenersWeaker() {
        double plain = scorer.score("the support was bad");
        assertTrue(scorer.score("the support was BAD") < plain, "capitals among lower case");
        assertTrue(scorer.score("the support was bad!!") < plain, "exclamation marks");
        assertTrue(scorer.score("the support was really bad") < plain, "a booster");
        assertTrue(scorer.score("the support was kinda bad") > plain, "a dampener");
        assertEquals(scorer.score("THE SUPPORT WAS BAD"), scorer.score("the support was bad"),
                "all capitals are no emphasis: it is how the whole post is written");
    }

    @Test
    void whatFollowsButCountsMore() {
        assertEquals(SentimentLabel.NEGATIVE, label("the staff were nice but the room was dirty"));
        assertEquals(SentimentLabel.POSITIVE, label("the room was dirty but the staff were very nice"));
    }

    @Test
    void emptyAndUnratedTextIsNeutral() {
        assertEquals(0.0, scorer.score(null));
        assertEquals(0.0, scorer.score(""));
        assertEquals(0.0, scorer.score("  \n "));
        assertEquals(0.0, scorer.score("Flight NW204 boards at gate 12"));
        assertTrue(Math.abs(scorer.score("the worst worst worst worst worst worst worst!!!!!!!!")) <= 1.0);
    }
}
