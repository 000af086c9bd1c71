package org.rapport.community.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.LevelChange;
import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.Pillar;
import org.rapport.community.RecomputeSummary;
import org.rapport.community.ScoreExplanation;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The score service on a real database, by hand with Rapport's default weights (a talk 8, a reply 1.5) and the default
 * rules, the clock at 15 March 2026: members A and B created on 1 January, staff member S.
 */
class ScoreServiceTest {

    @TempDir
    Path workspace;
    private StandaloneDatabase database;
    private CommunityUnit unit;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-15T00:00:00Z"));
    private JpaScoreService scores;
    private final AtomicLong keys = new AtomicLong();
    private long a;
    private long b;
    private long s;

    @BeforeEach
    void open() {
        database = TestDatabases.create(workspace);
        unit = new CommunityUnit(database);
        scores = new JpaScoreService(unit, new CommunityEvents(), clock);
        a = member("Ada", false);
        b = member("Bob", false);
        s = member("Sam (staff)", true);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anActivityThatReachesAThresholdUpgradesAtOnce() {
        for (int day = 1; day <= 4; day++) {
            add(a, "talk", Pillar.CONTENT, "2026-03-0" + day + "T18:00:00Z", null);
        }
        assertEquals(OrbitLevel.PARTICIPANT, scores.score(a).orElseThrow().level(), "32 points");
        add(a, "talk", Pillar.CONTENT, "2026-03-05T18:00:00Z", null);

        MemberScore score = scores.score(a).orElseThrow();
        assertEquals(OrbitLevel.CONTRIBUTOR, score.level(), "the fifth talk makes 40 points: level 2 at once");
        assertEquals(40, score.love());
        assertEquals(Instant.parse("2026-03-05T18:00:00Z"), score.lastActive());
        assertEquals(List.of(LevelChange.Reason.JOINED, LevelChange.Reason.UPGRADE, LevelChange.Reason.UPGRADE),
                scores.levelHistory(a).stream().map(LevelChange::reason).toList());
    }

    @Test
    void repliesGiveBothMembersReachAndStaffAreLeftOut() {
        add(a, "reply", Pillar.CONVERSATION, "2026-03-10T00:00:00Z", b);
        add(s, "reply", Pillar.CONVERSATION, "2026-03-11T00:00:00Z", a);
        add(s, "talk", Pillar.CONTENT, "2026-03-12T00:00:00Z", null);

        double fiveDays = Math.pow(2, -5 / 180.0); // the reply is 5 days old, the half-life 180 days
        assertEquals(fiveDays, scores.score(a).orElseThrow().reach(), 1e-9, "S's reply adds nothing");
        assertEquals(fiveDays, scores.score(b).orElseThrow().reach(), 1e-9, "B was replied to");
        assertEquals(1.5 * fiveDays, scores.score(a).orElseThrow().gravity(), 1e-9);
        assertTrue(scores.score(s).isEmpty(), "staff have no score");
        assertEquals(2, java.util.Arrays.stream(scores.membersPerLevel()).sum(), "A and B, not S");
    }

    @Test
    void aFullRecomputeAgreesWithTheUpdatesAfterEachActivity() {
        for (int day = 1; day <= 5; day++) {
            add(a, "talk", Pillar.CONTENT, "2026-03-0" + day + "T18:00:00Z", null);
        }
        add(a, "reply", Pillar.CONVERSATION, "2026-03-10T00:00:00Z", b);
        add(b, "reply", Pillar.CONVERSATION, "2026-03-11T00:00:00Z", a);
        Map<Long, MemberScore> incremental = scores.scores(List.of(a, b, s));

        RecomputeSummary summary = scores.rescore(clock.instant());

        assertEquals(2, summary.members());
        assertEquals(7, summary.activities());
        Map<Long, MemberScore> full = scores.scores(List.of(a, b, s));
        assertEquals(incremental.keySet(), full.keySet());
        for (long member : List.of(a, b)) {
            assertEquals(incremental.get(member).level(), full.get(member).level());
            assertEquals(incremental.get(member).love(), full.get(member).love(), 1e-9);
            assertEquals(incremental.get(member).reach(), full.get(member).reach(), 1e-9);
        }
        List<OrbitSnapshot> months = scores.orbit(3);
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                months.stream().map(OrbitSnapshot::month).toList());
        assertEquals(2, months.get(0).explorers(), "A and B joined on 1 January");
        assertEquals(1, months.get(2).contributors(), "A in March");
        assertEquals(1, months.get(2).explorers(), "B in March (3 points)");
        assertEquals((49 + 1 - 2) / 2.0, months.get(2).gravity(), 1e-9, "weighted commitment 2 → 50, 2 members");
    }

    @Test
    void aDowngradeWaitsForTheReview() {
        for (int day = 1; day <= 5; day++) {
            add(a, "talk", Pillar.CONTENT, "2026-03-0" + day + "T18:00:00Z", null);
        }
        add(a, "reply", Pillar.CONVERSATION, "2026-03-10T00:00:00Z", b);
        // 1 May: all of March is in the window (41.5 points): level 2 stays.
        RecomputeSummary may = scores.review(Instant.parse("2026-05-01T00:00:00Z"));
        assertEquals(0, may.downgrades());
        assertEquals(OrbitLevel.CONTRIBUTOR, scores.score(a).orElseThrow().level());
        // 31 May noon: (2 Mar noon, 31 May noon] holds four talks and the reply, 33.5 points: the window says 3.
        clock.set(Instant.parse("2026-05-31T12:00:00Z"));
        ScoreExplanation pending = scores.explain(a).orElseThrow();
        assertEquals(OrbitLevel.CONTRIBUTOR, pending.level());
        assertTrue(pending.downgradePending());
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"), pending.nextReview());
        assertEquals(OrbitLevel.CONTRIBUTOR, scores.score(a).orElseThrow().level());
        // 1 June, the review: (3 Mar, 1 Jun] holds three talks and the reply, 25.5 points: level 3.
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        RecomputeSummary june = scores.reviewIfDue().orElseThrow();
        assertEquals(1, june.downgrades());
        assertEquals(OrbitLevel.PARTICIPANT, scores.score(a).orElseThrow().level());
        assertEquals(25.5, scores.score(a).orElseThrow().love());
        assertFalse(scores.reviewIfDue().isPresent(), "done for June");
    }

    @Test
    void theExplanationCountsTheWindowByTypePillarAndPlatform() {
        for (int day = 1; day <= 3; day++) {
            add(a, "talk", Pillar.CONTENT, "2026-03-0" + day + "T18:00:00Z", null);
        }
        for (int day = 1; day <= 14; day++) {
            add(a, "reply", Pillar.CONVERSATION, "2026-02-%02dT09:00:00Z".formatted(day), b);
        }
        ScoreExplanation explanation = scores.explain(a).orElseThrow();

        assertEquals("level 2 (Contributors): 3 × Gave a talk, 14 × Replied in 90 days = 45 points; next level at "
                + "100 points (55 more)", explanation.summary());
        assertEquals(1, explanation.connections(), "B");
        assertTrue(scores.explain(s).isEmpty(), "staff have no explanation");
    }

    private long member(String name, boolean team) {
        return unit.write(em -> {
            MemberEntity member = new MemberEntity();
            member.setDisplayName(name);
            member.setTeam(team);
            member.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
            em.persist(member);
            em.flush();
            return member.getId();
        });
    }

    /** Stores an activity and tells the score service, as the activity service does after its commit. */
    private void add(long member, String type, Pillar pillar, String at, Long target) {
        Activity activity = unit.write(em -> {
            MemberActivityEntity entity = new MemberActivityEntity(new Activity(0, member, type, pillar,
                    Instant.parse(at), "discourse", "", null, target, null, null, "test", null),
                    "test:" + keys.incrementAndGet());
            em.persist(entity);
            em.flush();
            return entity.toActivity();
        });
        scores.activitiesAdded(List.of(activity));
    }

    /** A clock a test moves. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant time) {
            now = time;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
