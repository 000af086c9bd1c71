package org.rapport.community.internal.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;
import org.rapport.community.RecomputeSummary;
import org.rapport.community.ScoringRules;

/**
 * Computes every score from the tables as of a time: the members in parts of at most {@link #PART} activities (member id
 * modulo the number of parts, one table scan a part, so the heap holds one part's columns however large the community
 * grows), each part's members replayed one at a time, then the scores and the Orbit months replace the stored ones in
 * one transaction.
 */
final class FullRecompute {

    /** Activities one part holds at most (about 30 bytes each in {@link ActivityColumns}). */
    static final int PART = 6_000_000;
    /** Months of level history a recompute writes (the Orbit chart's range). */
    static final int HISTORY_MONTHS = 24;

    private final ScoringRules rules;

    FullRecompute(ScoringRules rules) {
        this.rules = rules;
    }

    /**
     * What a recompute computed and how much it changed, before it is written.
     *
     * @param newAdvocates members at the top level who were not before
     */
    record Computed(CommunityScorer.Result result, long activities, int upgrades, int downgrades,
            List<Long> newAdvocates) {
    }

    /** How long each phase of the last run took (for the benchmark's figures). */
    final Map<String, Duration> phases = new LinkedHashMap<>();
    private long phaseStart = System.nanoTime();

    private void phase(String name) {
        long now = System.nanoTime();
        phases.merge(name, Duration.ofNanos(now - phaseStart), Duration::plus);
        phaseStart = now;
    }

    /** Reads and computes (no writes). */
    Computed compute(Connection connection, Instant asOf) throws SQLException {
        phaseStart = System.nanoTime();
        ScoreTables.Roster roster = ScoreTables.roster(connection);
        ScoreTables.Types types = ScoreTables.types(connection);
        phase("members");
        long total = ScoreTables.countActivities(connection);
        phase("count");
        int parts = (int) Math.max(1, (total + PART - 1) / PART);
        YearMonth firstMonth = ReviewCalendar.monthOf(asOf).minusMonths(HISTORY_MONTHS - 1);
        CommunityScorer scorer = new CommunityScorer(rules, asOf, firstMonth, roster::isStaff);
        long read = 0;
        for (int part = 0; part < parts; part++) {
            int p = part;
            long[] members = parts == 1 ? roster.ids()
                    : Arrays.stream(roster.ids()).filter(id -> Math.floorMod(id, parts) == p).toArray();
            ActivityColumns columns = new ActivityColumns(members, (int) Math.min(PART, total / parts + 1024));
            read += ScoreTables.scan(connection, parts, part, types, columns);
            phase("scan");
            columns.forEachMember(types.list(),
                    (member, activities) -> scorer.member(member, roster.joinedOf(member), activities));
            phase("replay");
        }
        CommunityScorer.Result result = scorer.finish();
        phase("replay");
        Map<Long, Integer> before = ScoreTables.storedLevels(connection);
        int upgrades = 0;
        int downgrades = 0;
        List<Long> newAdvocates = new ArrayList<>();
        for (MemberScore score : result.scores()) {
            Integer old = before.get(score.memberId());
            if (score.level() == OrbitLevel.ADVOCATE && (old == null || old != 1)) {
                newAdvocates.add(score.memberId());
            }
            if (old != null && old > score.level().number()) {
                upgrades++;
            } else if (old != null && old < score.level().number()) {
                downgrades++;
            }
        }
        phase("compare");
        return new Computed(result, read, upgrades, downgrades, newAdvocates);
    }

    /** A written recompute: its summary, and the members who reached the top level by it. */
    record Written(RecomputeSummary summary, List<Long> newAdvocates) {
    }

    /**
     * Computes and writes every score as of {@code asOf} on {@code connection} (in the caller's transaction); {@code user}
     * goes into the audit columns.
     */
    Written run(Connection connection, Instant asOf, String user) throws SQLException {
        long start = System.nanoTime();
        Computed computed = compute(connection, asOf);
        ScoreTables.replaceScores(connection, computed.result().scores(), user);
        ScoreTables.replaceMonths(connection, computed.result().months(), user);
        phase("write");
        return new Written(new RecomputeSummary(asOf, computed.result().scores().size(), computed.activities(),
                computed.upgrades(), computed.downgrades(), Duration.ofNanos(System.nanoTime() - start)),
                computed.newAdvocates());
    }
}
