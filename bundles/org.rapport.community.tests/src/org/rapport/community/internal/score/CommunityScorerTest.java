package org.rapport.community.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.rapport.community.internal.score.Activities.at;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.ScoringRules;

/**
 * A small community by hand, as of 15 March 2026 00:00 UTC, default rules (reach: a reply 1.0, a shared event 0.1 per
 * other member, halving in 180 days). Members 1 (A), 2 (B), 3 (C) and staff member 9 (S).
 * <ul>
 * <li>A: five replies to B on 16 September 2025 (exactly 180 days back: reach ×0.5 — 2.5 for A and for B), a reply to
 * S on 10 February (no reach: staff), a talk on 10 March, at event 100 on 15 March. Love in (15 Dec, 15 Mar]: 2 + 20 + 3
 * = 25 → level 3 (the 1 January review had taken A down to 4, the talk brought A up at once).</li>
 * <li>B: joined 3 February, at event 100: love 3, level 4.</li>
 * <li>C: at event 100 and a reply to A, both on 15 March: love 5, level 4, in the community from 15 March.</li>
 * <li>S: staff, ten talks and event 100: no score, not counted anywhere, not an attendee for reach.</li>
 * </ul>
 * Event 100 has three members: each gets 2 × 0.1 = 0.2. Reach: A 2.5 + 0.2 + 1 (C's reply) = 3.7, B 2.5 + 0.2 = 2.7,
 * C 0.2 + 1 = 1.2. Gravity = love × reach: A 92.5, B 8.1, C 6.0.
 */
class CommunityScorerTest {

    private static final Instant AS_OF = at("2026-03-15T00:00");

    private final Map<Long, List<ScoredActivity>> activities = new HashMap<>();
    private final Map<Long, Instant> joined = new HashMap<>();
    private final Set<Long> staff = Set.of(9L);

    CommunityScorerTest() {
        Activities a = Activities.of(1);
        for (int i = 0; i < 5; i++) {
            a.reply("2025-09-16T00:00", 2);
        }
        activities.put(1L, a.reply("2026-02-10T10:00", 9).talk("2026-03-10T18:00").attended("2026-03-15T00:00", 100)
                .list());
        activities.put(2L, Activities.of(2).attended("2026-03-15T00:00", 100).list());
        joined.put(2L, at("2026-02-03T08:00"));
        activities.put(3L, Activities.of(3).attended("2026-03-15T00:00", 100).reply("2026-03-15T00:00", 1).list());
        Activities s = Activities.of(9);
        for (int day = 1; day <= 10; day++) {
            s.talk("2026-03-%02dT10:00".formatted(day));
        }
        activities.put(9L, s.attended("2026-03-15T00:00", 100).list());
    }

    @Test
    void levelsLoveReachAndGravityByHand() {
        CommunityScorer.Result result = score(List.of(9L, 3L, 1L, 2L));

        assertEquals(List.of(
                new MemberScore(1, OrbitLevel.PARTICIPANT, 25, 3.7, 92.5, at("2026-03-15T00:00"), AS_OF),
                new MemberScore(2, OrbitLevel.EXPLORER, 3, 2.7, 8.1, at("2026-03-15T00:00"), AS_OF),
                new MemberScore(3, OrbitLevel.EXPLORER, 5, 1.2, 6.0, at("2026-03-15T00:00"), AS_OF)),
                rounded(result.scores()));
    }

    @Test
    void staffAreLeftOutOfEveryFigure() {
        CommunityScorer.Result result = score(List.of(1L, 2L, 3L, 9L));

        assertFalse(result.scores().stream().anyMatch(s -> s.memberId() == 9), "staff have no score");
        assertEquals(3, result.months().get(2).members(), "March counts A, B and C, not S");
        assertEquals(0, result.months().get(2).advocates(), "S's 200 points make no advocate");
    }

    @Test
    void theOrbitMonthsCountMembersPerLevelAndGravity() {
        List<OrbitSnapshot> months = score(List.of(1L, 2L, 3L, 9L)).months();

        // January: A at 4 (the review of 1 January). February: A, B at 4. March (to the 15th): A at 3, B, C at 4.
        // Weighted commitment: level weights 10, 7, 4, 1 squared times members.
        assertEquals(List.of(
                new OrbitSnapshot(YearMonth.of(2026, 1), 0, 0, 0, 1, 1, 0),
                new OrbitSnapshot(YearMonth.of(2026, 2), 0, 0, 0, 2, 2, (2 - 1) / 2.0),
                new OrbitSnapshot(YearMonth.of(2026, 3), 0, 0, 1, 2, 16 + 2, (18 - 2) / 3.0)), months);
    }

    @Test
    void aMembersLevelDoesNotDependOnOtherMembers() {
        MemberScore together = score(List.of(1L, 2L, 3L)).scores().get(0);
        MemberScore alone = score(List.of(1L)).scores().get(0);

        assertEquals(together.level(), alone.level());
        assertEquals(together.love(), alone.love());
    }

    private CommunityScorer.Result score(List<Long> members) {
        CommunityScorer scorer = new CommunityScorer(ScoringRules.DEFAULTS, AS_OF, YearMonth.of(2026, 1),
                staff::contains);
        for (long member : members) {
            scorer.member(member, joined.get(member), activities.get(member));
        }
        return scorer.finish();
    }

    /** Reach to 1e-9 so that the decayed sums compare with the hand-computed decimals. */
    private static List<MemberScore> rounded(List<MemberScore> scores) {
        return scores.stream().map(s -> new MemberScore(s.memberId(), s.level(), s.love(), round(s.reach()),
                round(s.gravity()), s.lastActive(), s.asOf())).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
