package org.rapport.community.internal.score;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.ScoringRules;

/**
 * Computes every member's score and the community's months from the members' activities, one member at a time so a
 * caller can stream them from the database: levels and love per member as it comes ({@link LevelReplay}), reach from
 * the connections collected on the way (a reply counts for both members, so reach is complete only at
 * {@link #finish()}). Staff members and their interactions are left out of every figure.
 */
final class CommunityScorer {

    /** What a full computation gives: a score per member (sorted by member id) and the months' snapshots. */
    record Result(List<MemberScore> scores, List<OrbitSnapshot> months) {
    }

    private final LevelReplay replay;
    private final Reach reach;
    private final Instant asOf;
    private final YearMonth firstMonth;
    private final int[][] perMonth;
    private final LongPredicate staff;
    private final Map<Long, double[]> reachByMember = new HashMap<>();
    private final Attendance attendance = new Attendance();
    private final List<LevelReplay.Outcome> outcomes = new ArrayList<>();
    private long[] memberIds = new long[1024];

    /**
     * @param rules      the rules
     * @param asOf       the time of the scores
     * @param firstMonth the first month of the snapshot series (the last is the month of {@code asOf})
     * @param staff      tells staff members by id
     */
    CommunityScorer(ScoringRules rules, Instant asOf, YearMonth firstMonth, LongPredicate staff) {
        this.replay = new LevelReplay(rules);
        this.reach = new Reach(rules);
        this.asOf = asOf;
        this.firstMonth = firstMonth;
        this.staff = staff;
        int months = (int) firstMonth.until(ReviewCalendar.monthOf(asOf), java.time.temporal.ChronoUnit.MONTHS) + 1;
        this.perMonth = new int[Math.max(months, 0)][OrbitLevel.values().length];
    }

    /**
     * Scores one member; call once per member, in any order.
     *
     * @param memberId   the member
     * @param joined     when the member joined ({@code null}: at the first activity)
     * @param activities the member's activities sorted by time
     */
    void member(long memberId, Instant joined, List<ScoredActivity> activities) {
        if (staff.test(memberId)) {
            return;
        }
        LevelReplay.Outcome outcome = replay.replay(memberId, joined, activities, asOf, false, firstMonth,
                (month, level) -> perMonth[(int) firstMonth.until(month, java.time.temporal.ChronoUnit.MONTHS)]
                [level.ordinal()]++);
        if (outcome == null) {
            return;
        }
        if (outcomes.size() == memberIds.length) {
            memberIds = Arrays.copyOf(memberIds, memberIds.length * 2);
        }
        memberIds[outcomes.size()] = memberId;
        outcomes.add(outcome);
        Set<Long> events = new HashSet<>();
        for (ScoredActivity activity : activities) {
            if (activity.at().isAfter(asOf)) {
                break;
            }
            long target = activity.targetMemberId();
            if (target != 0 && target != memberId && !staff.test(target)) {
                double added = reach.direct(activity.at(), asOf);
                reachOf(memberId)[0] += added;
                reachOf(target)[0] += added;
            }
            if (activity.eventId() != 0 && events.add(activity.eventId())) { // the member's first time there
                attendance.add(activity.eventId(), memberId, activity.at().getEpochSecond());
            }
        }
    }

    /** The scores of every member given, and the months from the first month to the month of {@code asOf}. */
    Result finish() {
        attendance.forEachAttendee((member, at, others) -> reachOf(member)[0] += reach.coAttendance(
                Instant.ofEpochSecond(at), asOf, others));
        List<MemberScore> scores = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            LevelReplay.Outcome outcome = outcomes.get(i);
            double[] memberReach = reachByMember.get(memberIds[i]);
            double r = memberReach == null ? 0 : memberReach[0];
            scores.add(new MemberScore(memberIds[i], outcome.level(), outcome.love(), r, outcome.love() * r,
                    outcome.lastActive(), asOf));
        }
        scores.sort((a, b) -> Long.compare(a.memberId(), b.memberId()));
        List<OrbitSnapshot> months = new ArrayList<>(perMonth.length);
        double previous = Double.NaN;
        for (int m = 0; m < perMonth.length; m++) {
            OrbitSnapshot snapshot = OrbitSnapshot.of(firstMonth.plusMonths(m), perMonth[m], previous);
            months.add(snapshot);
            previous = snapshot.weightedCommitment();
        }
        return new Result(scores, months);
    }

    private double[] reachOf(long memberId) {
        return reachByMember.computeIfAbsent(memberId, m -> new double[1]);
    }
}
