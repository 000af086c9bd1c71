package org.rapport.community.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.rapport.community.internal.score.Activities.at;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.rapport.community.LevelChange;
import org.rapport.community.LevelChange.Reason;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoringRules;

/**
 * Levels by hand, with the default rules (90-day window; advocates from 100 points, contributors from 40, participants
 * from 10; review at 00:00 UTC on the 1st of every month) and weights talk 20, reply 2, post 1.
 */
class LevelReplayTest {

    private final LevelReplay replay = new LevelReplay(ScoringRules.DEFAULTS);

    /** Five replies (10 points) then two talks (30, 50 points) in January 2026. */
    private final List<ScoredActivity> january = Activities.of(7)
            .reply("2026-01-10T09:00", 8).reply("2026-01-10T10:00", 8).reply("2026-01-10T11:00", 8)
            .reply("2026-01-10T12:00", 8).reply("2026-01-10T13:00", 8)
            .talk("2026-01-20T18:00").talk("2026-01-21T18:00").list();

    @Test
    void theActivityThatReachesAThresholdUpgradesAtOnce() {
        LevelReplay.Outcome outcome = replay.replay(7, at("2026-01-05T00:00"), january, at("2026-01-31T00:00"), true,
                YearMonth.of(2026, 1), null);

        assertEquals(OrbitLevel.CONTRIBUTOR, outcome.level());
        assertEquals(50, outcome.love());
        assertEquals(at("2026-01-21T18:00"), outcome.lastActive());
        assertEquals(List.of(
                new LevelChange(7, at("2026-01-05T00:00"), null, OrbitLevel.EXPLORER, Reason.JOINED),
                new LevelChange(7, at("2026-01-10T13:00"), OrbitLevel.EXPLORER, OrbitLevel.PARTICIPANT,
                        Reason.UPGRADE), // the fifth reply: 10 points
                new LevelChange(7, at("2026-01-21T18:00"), OrbitLevel.PARTICIPANT, OrbitLevel.CONTRIBUTOR,
                        Reason.UPGRADE)), // the second talk: 10 + 20 + 20 = 50 points, not the first (30)
                outcome.changes());
    }

    @Test
    void aDowngradeWaitsForTheReview() {
        // 1 April: the window (1 Jan, 1 Apr] still holds all 50 points, the review keeps level 2.
        // 11 April: the replies (10 January) have left the window: 40 points, still level 2.
        // 25 April: the talks (20, 21 January) have left too: 0 points, the window says 4, the level stays 2.
        assertEquals(OrbitLevel.CONTRIBUTOR, levelAt("2026-04-01T00:00"));
        assertEquals(40, loveAt("2026-04-11T00:00"));
        assertEquals(0, loveAt("2026-04-25T00:00"));
        assertEquals(OrbitLevel.CONTRIBUTOR, levelAt("2026-04-30T23:59"));
        // 1 May 00:00, the review: straight to the window's level 4 (no stop at 3).
        assertEquals(OrbitLevel.EXPLORER, levelAt("2026-05-01T00:00"));
        // A post on 26 April (1 point, the window says 4) is activity, not a review: the level stays 2 until 1 May.
        List<ScoredActivity> withPost = new java.util.ArrayList<>(january);
        withPost.addAll(Activities.of(7).post("2026-04-26T10:00").list());
        assertEquals(OrbitLevel.CONTRIBUTOR, levelAt(withPost, "2026-04-26T10:00"));
        assertEquals(OrbitLevel.EXPLORER, levelAt(withPost, "2026-05-01T00:00"));

        List<LevelChange> changes = replay.replay(7, null, january, at("2026-06-15T00:00"), true,
                YearMonth.of(2026, 1), null).changes();
        assertEquals(new LevelChange(7, at("2026-05-01T00:00"), OrbitLevel.CONTRIBUTOR, OrbitLevel.EXPLORER,
                Reason.REVIEW), changes.get(changes.size() - 1));
        assertEquals(4, changes.size(), "joined, two upgrades, one review");
    }

    @Test
    void theReviewSetsWhatTheWindowGivesThenAndActivityAfterItUpgradesAgain() {
        // Love at the 1 May review: only the talk of 20 April is in (20 points): level 3, not 4.
        List<ScoredActivity> acts = Activities.of(7).talk("2026-01-20T18:00").talk("2026-01-21T18:00")
                .reply("2026-01-22T10:00", 8).talk("2026-04-20T18:00").talk("2026-05-02T18:00").list();
        // 21 January: 20 + 20 = 40 → level 2. 30 April: only the talk of 20 April is in (20): the level stays 2.
        assertEquals(OrbitLevel.CONTRIBUTOR, levelAt(acts, "2026-04-30T00:00"));
        assertEquals(OrbitLevel.PARTICIPANT, levelAt(acts, "2026-05-01T00:00"));
        // 2 May: 20 + 20 = 40 → back to level 2 at once.
        assertEquals(OrbitLevel.CONTRIBUTOR, levelAt(acts, "2026-05-02T18:00"));
    }

    @Test
    void theWindowEndsExactlyNinetyDaysBack() {
        List<ScoredActivity> acts = Activities.of(7).talk("2026-01-01T12:00").list();
        assertEquals(20, loveAt(acts, "2026-04-01T11:59"));
        assertEquals(0, loveAt(acts, "2026-04-01T12:00"), "(t − 90 days, t]: the talk left at exactly 90 days");
    }

    @Test
    void monthEndsReportTheLevelBeforeTheReviewOfTheFirst() {
        TreeMap<YearMonth, OrbitLevel> months = new TreeMap<>();
        replay.replay(7, at("2025-12-15T00:00"), january, at("2026-05-10T00:00"), false, YearMonth.of(2026, 1),
                months::put);

        assertEquals(OrbitLevel.CONTRIBUTOR, months.get(YearMonth.of(2026, 1)));
        assertEquals(OrbitLevel.CONTRIBUTOR, months.get(YearMonth.of(2026, 4)), "April ends before the review");
        assertEquals(OrbitLevel.EXPLORER, months.get(YearMonth.of(2026, 5)), "May, as of 10 May");
        assertEquals(5, months.size(), "December 2025 is before the first month asked for");
    }

    @Test
    void quarterlyReviewsKeepTheLevelLonger() {
        ScoringRules quarterly = new ScoringRules(90, 100, 40, 10, 1, 3, 180, 1, 0.1);
        LevelReplay quarterlyReplay = new LevelReplay(quarterly);
        // Reviews on 1 January, 1 April, 1 July: at 1 April all 50 points are still in, the next is 1 July.
        assertEquals(OrbitLevel.CONTRIBUTOR, quarterlyReplay.replay(7, null, january, at("2026-06-30T23:00"), false,
                YearMonth.of(2026, 1), null).level());
        assertEquals(OrbitLevel.EXPLORER, quarterlyReplay.replay(7, null, january, at("2026-07-01T00:00"), false,
                YearMonth.of(2026, 1), null).level());
    }

    @Test
    void aMemberWhoHasNotJoinedYetHasNoLevel() {
        assertNull(replay.replay(7, at("2026-02-01T00:00"), List.of(), at("2026-01-31T00:00"), false,
                YearMonth.of(2026, 1), null));
        assertEquals(OrbitLevel.EXPLORER, replay.replay(7, at("2026-02-01T00:00"), List.of(),
                at("2026-02-01T00:00"), false, YearMonth.of(2026, 1), null).level());
    }

    @Test
    void theRecentActivitiesGiveWhatTheWholeHistoryGives() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int member = 0; member < 200; member++) {
            Activities acts = Activities.of(member);
            int count = random.nextInt(300);
            for (int i = 0; i < count; i++) { // over 2025 and 2026, bursts and pauses alike
                long second = at("2025-01-01T00:00").getEpochSecond() + random.nextLong(700L * 86_400);
                String time = java.time.Instant.ofEpochSecond(second).toString().substring(0, 16);
                if (random.nextInt(10) == 0) {
                    acts.talk(time);
                } else {
                    acts.reply(time, 1);
                }
            }
            java.time.Instant asOf = at("2025-06-01T00:00").plusSeconds(random.nextLong(500L * 86_400));
            List<ScoredActivity> all = acts.list();
            java.time.Instant since = replay.recentSince(asOf);
            List<ScoredActivity> recent = all.stream().filter(a -> a.at().isAfter(since)).toList();
            LevelReplay.Outcome whole = replay.replay(member, at("2024-12-01T00:00"), all, asOf, false,
                    YearMonth.of(2026, 1), null);
            LevelReplay.Outcome fromRecent = replay.replayRecent(recent, asOf);
            assertEquals(whole.level(), fromRecent.level(), "member " + member + " at " + asOf);
            assertEquals(whole.loveMilli(), fromRecent.loveMilli(), "member " + member + " at " + asOf);
        }
    }

    private OrbitLevel levelAt(String time) {
        return levelAt(january, time);
    }

    private OrbitLevel levelAt(List<ScoredActivity> acts, String time) {
        return replay.replay(7, null, acts, at(time), false, YearMonth.of(2026, 1), null).level();
    }

    private double loveAt(String time) {
        return loveAt(january, time);
    }

    private double loveAt(List<ScoredActivity> acts, String time) {
        return replay.replay(7, null, acts, at(time), false, YearMonth.of(2026, 1), null).love();
    }
}
