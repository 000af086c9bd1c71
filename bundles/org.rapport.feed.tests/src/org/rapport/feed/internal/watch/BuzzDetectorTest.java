package org.rapport.feed.internal.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.BuzzAlert;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.WatchService.SentimentBucket;
import org.rapport.feed.WatchedTerm;
import org.rapport.feed.internal.OpsFixture;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;

/**
 * Negative-buzz alerts as a rep sees them, replayed on back-dated posts (January, while "now" is March): judged on the
 * posts' own timeline, a minimum count in the window, a spike over the term's baseline, the cool-down, watched
 * people, and the event other domains get.
 */
class BuzzDetectorTest {

    /** A quiet Tuesday morning in January, long before the fixture's "now". */
    private static final Instant T0 = Instant.parse("2026-01-13T09:00:00Z");
    private static final PersonRef GRUMPY = new PersonRef(7, "Grumpy Customer");

    @TempDir
    Path temp;
    private OpsFixture fixture;
    private JpaWatchService watches;
    private int nextId;

    @BeforeEach
    void open() {
        fixture = new OpsFixture(temp.resolve("workspace"), new Lookup());
        watches = new JpaWatchService(fixture.unit, fixture.events, fixture.feed);
        watches.setPersonLookup(new Lookup());
        fixture.listen(new BuzzDetector(fixture.unit, fixture.events, fixture.feed));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void fiveNegativePostsInAnHourRaiseOneAlertOnThePostsOwnTimelineWithThePostsThatCausedIt() {
        watches.watchTerm("Acme");
        store(post("ann", "ACME support is terrible", T0), post("bob", "acme: broken again", T0.plusSeconds(600)),
                post("cy", "Acme is terrible", T0.plusSeconds(1200)), post("di", "I love Acme", T0.plusSeconds(1300)),
                post("ed", "globex is terrible", T0.plusSeconds(1400)));
        store(post("fay", "acme refund please", T0.plusSeconds(1800)));
        assertTrue(watches.alerts(10).isEmpty(), "4 negative posts about Acme are not an alert: " + watches.alerts(10));

        List<FetchedPost> burst = List.of(post("gus", "Acme broken", T0.plusSeconds(2400)));
        store(burst.toArray(FetchedPost[]::new));

        List<BuzzAlert> alerts = watches.alerts(10);
        assertEquals(1, alerts.size());
        BuzzAlert alert = alerts.get(0);
        assertEquals("Acme", alert.term());
        assertEquals("Acme", alert.label());
        assertNull(alert.personId());
        assertEquals(5, alert.negative());
        assertEquals(T0.plusSeconds(2400), alert.to(), "the window ends at the newest post, not at the wall clock");
        assertEquals(T0.plusSeconds(2400).minus(Duration.ofHours(1)), alert.from());
        assertEquals(0.0, alert.baseline());
        assertFalse(alert.seen());
        List<String> texts = alert.postIds().stream().map(id -> fixture.feed.post(id).orElseThrow().text()).toList();
        assertEquals(List.of("Acme broken", "acme refund please", "Acme is terrible", "acme: broken again",
                "ACME support is terrible"), texts, "the negative posts about Acme, newest first");

        List<Event> raised = fixture.posted(FeedTopics.ALERT_RAISED);
        assertEquals(1, raised.size());
        assertEquals(alert.id(), raised.get(0).getProperty(FeedTopics.ALERT_ID));
        assertEquals("Acme", raised.get(0).getProperty(FeedTopics.TERM));
        assertEquals(5, raised.get(0).getProperty(FeedTopics.NEGATIVE));
        assertArrayEquals(alert.postIds().stream().mapToLong(Long::longValue).toArray(),
                (long[]) raised.get(0).getProperty(FeedTopics.POST_IDS));

        watches.markSeen(alert.id());
        assertTrue(watches.alerts(10).get(0).seen());
    }

    @Test
    void aSteadyLevelOfComplaintsIsTheBaselineAndOnlyASpikeOverItAlerts() {
        watches.watchTerm("Globex");
        // a week of 6 complaints an hour (an alert or two while the history is new is right: it was news then)
        Instant weekStart = T0.minus(Duration.ofDays(7));
        List<FetchedPost> history = new ArrayList<>();
        for (int hour = 0; hour < 7 * 24; hour++) {
            for (int i = 0; i < 6; i++) {
                history.add(post("h" + i, "Globex is terrible", weekStart.plusSeconds(hour * 3600L + i * 500L + 10)));
            }
        }
        store(history.toArray(FetchedPost[]::new));
        int before = watches.alerts(1000).size();

        store(posts("Globex broken", T0.plusSeconds(60), 8, 300));
        assertEquals(before, watches.alerts(1000).size(), "8 in an hour is usual for Globex (about 6 an hour)");

        store(posts("Globex broken, refund", T0.plusSeconds(2 * 3600 + 60), 20, 150));
        List<BuzzAlert> alerts = watches.alerts(1000);
        assertEquals(before + 1, alerts.size(), "20 in an hour is more than three times the usual 6");
        assertEquals(20, alerts.get(0).negative());
        assertEquals(6.0, alerts.get(0).baseline(), 0.2);
    }

    @Test
    void theCoolDownHoldsBackTwoWindowsUnlessTheBuzzDoubles() {
        watches.watchTerm("Initech");
        store(posts("Initech is terrible", T0, 5, 60));
        assertEquals(1, watches.alerts(10).size());

        store(posts("Initech broken", T0.plusSeconds(50 * 60), 2, 60));
        assertEquals(1, watches.alerts(10).size(), "7 in the hour, within the cool-down: no second alert");

        store(posts("Initech refund", T0.plusSeconds(55 * 60), 4, 60));
        assertEquals(2, watches.alerts(10).size(), "11 in the hour, more than twice the 5 of the last alert");
        assertEquals(11, watches.alerts(10).get(0).negative());

        store(posts("Initech terrible", T0.plusSeconds(5 * 3600), 5, 60));
        assertEquals(3, watches.alerts(10).size(), "five hours later the cool-down is over");
    }

    @Test
    void aWatchedPersonAlertsOnNegativePostsTheyWroteAndNamesThem() {
        WatchedTerm watched = watches.watchPerson(GRUMPY.id());
        assertEquals("Grumpy Customer", watched.label());
        assertEquals(watched, watches.watchPerson(GRUMPY.id()), "watching again returns the watch there is");

        List<FetchedPost> rant = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rant.add(post("grumpy", "this is terrible " + i, T0.plusSeconds(i * 60L)));
        }
        rant.add(post("someone", "this is terrible too", T0.plusSeconds(400)));
        store(rant.toArray(FetchedPost[]::new));

        BuzzAlert alert = watches.alerts(10).get(0);
        assertEquals(GRUMPY.id(), alert.personId());
        assertNull(alert.term());
        assertEquals("Grumpy Customer", alert.label());
        assertEquals(5, alert.negative());
        assertEquals(GRUMPY.id(), fixture.posted(FeedTopics.ALERT_RAISED).get(0).getProperty(FeedTopics.PERSON_ID));
    }

    @Test
    void watchesAreKeptOnceByTermIgnoringCaseAndTheirRuleChangesTheAlerts() {
        WatchedTerm acme = watches.watchTerm("Acme");
        assertEquals(acme.id(), watches.watchTerm("  ACME ").id());
        assertEquals(5, acme.minCount());
        assertEquals(60, acme.windowMinutes());
        assertThrows(IllegalArgumentException.class, () -> watches.watchTerm(" "));
        assertThrows(IllegalArgumentException.class, () -> watches.updateRule(acme.id(), 0, 60));

        watches.updateRule(acme.id(), 2, 10);
        store(posts("acme terrible", T0, 2, 60));
        assertEquals(1, watches.alerts(10).size(), "two in ten minutes is the rule now");

        watches.unwatch(acme.id());
        assertTrue(watches.watched().isEmpty());
        assertEquals(1, watches.alerts(10).size(), "past alerts stay");
        store(posts("acme terrible", T0.plusSeconds(86_400), 5, 60));
        assertEquals(1, watches.alerts(10).size(), "an unwatched term raises nothing");
    }

    @Test
    void sentimentOverTimeCountsEachDaysLabelsAndMeanScore() {
        store(post("a", "Acme great", T0), post("b", "acme terrible", T0.plusSeconds(60)),
                post("c", "acme today", T0.plusSeconds(120)), post("d", "Acme broken refund", T0.plusSeconds(86_400)),
                post("e", "globex great", T0.plusSeconds(86_400)));

        List<SentimentBucket> days = watches.sentimentOverTime("acme", Instant.parse("2026-01-13T00:00:00Z"),
                Instant.parse("2026-01-16T00:00:00Z"));

        assertEquals(3, days.size());
        assertEquals(new SentimentBucket(Instant.parse("2026-01-13T00:00:00Z"), 1, 1, 1, 0.0), days.get(0));
        assertEquals(Instant.parse("2026-01-14T00:00:00Z"), days.get(1).day());
        assertEquals(1, days.get(1).negative());
        assertEquals(-1.0, days.get(1).mean(), 1e-9);
        assertEquals(new SentimentBucket(Instant.parse("2026-01-15T00:00:00Z"), 0, 0, 0, 0.0), days.get(2));
        SentimentBucket everything = watches.sentimentOverTime(null, Instant.parse("2026-01-14T00:00:00Z"),
                Instant.parse("2026-01-15T00:00:00Z")).get(0);
        assertEquals(1, everything.positive(), "every post when there is no term: globex's too");
        assertEquals(1, everything.negative());
    }

    private void store(FetchedPost... posts) {
        fixture.feed.store(1, new ParseResult(List.of(posts), List.of()));
    }

    private FetchedPost[] posts(String text, Instant first, int count, int secondsApart) {
        FetchedPost[] posts = new FetchedPost[count];
        for (int i = 0; i < count; i++) {
            posts[i] = post("p" + i, text, first.plusSeconds((long) i * secondsApart));
        }
        return posts;
    }

    private FetchedPost post(String author, String text, Instant published) {
        String id = "post-" + nextId++;
        return new FetchedPost("https://social.example/" + id, "mastodon", new AuthorIdentity("mastodon",
                author + "@social.example", author, null, null, null, 5), text, published, "https://social.example/@"
                        + author + "/" + id, "en", null, null, List.of(), List.of(), 0, 0, 0, null, null);
    }

    /** Knows one person by handle, as the contacts domain would. */
    private static final class Lookup implements PersonLookup {
        @Override
        public List<PersonRef> find(String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<PersonRef> person(long id) {
            return id == GRUMPY.id() ? Optional.of(GRUMPY) : Optional.empty();
        }

        @Override
        public Optional<PersonRef> byEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<PersonRef> byHandle(String network, String handle) {
            return network.equals("mastodon") && handle.equals("grumpy@social.example") ? Optional.of(GRUMPY)
                    : Optional.empty();
        }

        @Override
        public List<OrganizationRef> organizations(String prefix, int limit) {
            return List.of();
        }
    }
}
