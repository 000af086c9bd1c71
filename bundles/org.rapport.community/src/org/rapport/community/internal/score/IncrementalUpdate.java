package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.community.Activity;
import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoringRules;
import org.rapport.community.internal.model.MemberEntity;

import jakarta.persistence.EntityManager;

/**
 * Brings the stored scores up to date after a commit, in one transaction: a member with new activity is replayed from
 * its own activities (its level may only rise: downgrades wait for the review, which the replay knows), its reach and
 * that of the members it replied to, mentioned or met at an event grow by those interactions (the stored reach decayed
 * to now first), and the current month's level counts follow. A member whose activities changed otherwise (a merge, a
 * deletion, the team flag) is computed again from scratch.
 */
final class IncrementalUpdate {

    /** What an update changed: the members whose scores changed, and those who reached the top level now. */
    record Changes(Set<Long> members, Set<Long> newAdvocates) {
    }

    private final EntityManager em;
    private final LevelReplay replay;
    private final Reach reach;
    private final MemberFacts.Weights weights;
    private final Instant now;
    private final Set<Long> changed = new LinkedHashSet<>();
    private final Set<Long> newAdvocates = new LinkedHashSet<>();

    IncrementalUpdate(EntityManager em, ScoringRules rules, MemberFacts.Weights weights, Instant now) {
        this.em = em;
        this.replay = new LevelReplay(rules);
        this.reach = new Reach(rules);
        this.weights = weights;
        this.now = now;
    }

    /** Follows activities just added (all committed). */
    Changes added(List<Activity> activities) {
        Map<Long, List<Activity>> byMember = new LinkedHashMap<>();
        for (Activity activity : activities) {
            byMember.computeIfAbsent(activity.memberId(), m -> new ArrayList<>()).add(activity);
        }
        byMember.forEach(this::addedFor);
        return new Changes(changed, newAdvocates);
    }

    /** Computes these members again from scratch (and drops the scores of staff and merged members). */
    Changes recompute(Collection<Long> memberIds) {
        for (long memberId : memberIds) {
            MemberEntity member = em.find(MemberEntity.class, memberId);
            ScoreEntity stored = em.find(ScoreEntity.class, memberId);
            if (!MemberFacts.scored(member)) {
                if (stored != null) {
                    OrbitMonths.move(em, ReviewCalendar.monthOf(now), stored.level(), null);
                    em.remove(stored);
                    changed.add(memberId);
                }
                continue;
            }
            List<ScoredActivity> own = MemberFacts.activities(em, memberId, weights);
            LevelReplay.Outcome outcome = replay.replay(memberId, member.getCreatedAt(), own, now, false,
                    ReviewCalendar.monthOf(now), null);
            if (outcome == null) {
                continue;
            }
            double memberReach = MemberFacts.connections(em, memberId, own, reach, now).reach();
            store(memberId, stored, outcome, memberReach);
        }
        return new Changes(changed, newAdvocates);
    }

    private void addedFor(long memberId, List<Activity> added) {
        MemberEntity member = em.find(MemberEntity.class, memberId);
        if (!MemberFacts.scored(member)) {
            return;
        }
        ScoreEntity stored = em.find(ScoreEntity.class, memberId);
        if (stored == null) { // scored for the first time: from scratch, then the other ends get their share
            recompute(List.of(memberId));
            addedReach(memberId, added);
            return;
        }
        Instant since = replay.recentSince(now);
        Instant start = member.getCreatedAt();
        if (member.getFirstActive() != null && (start == null || member.getFirstActive().isBefore(start))) {
            start = member.getFirstActive();
        }
        LevelReplay.Outcome outcome;
        if (start != null && !start.isAfter(since)) { // joined before the last review's window: that is enough
            outcome = replay.replayRecent(MemberFacts.activities(em, memberId, weights, since), now);
        } else {
            outcome = replay.replay(memberId, member.getCreatedAt(), MemberFacts.activities(em, memberId, weights),
                    now, false, ReviewCalendar.monthOf(now), null);
        }
        if (outcome == null) {
            return;
        }
        double memberReach = reach.decay(stored.reach(), stored.asOf(), now) + addedReach(memberId, added);
        store(memberId, stored, outcome, memberReach);
    }

    /** Reach the new activities add to the member; adds their share to the members on their other end. */
    private double addedReach(long memberId, List<Activity> added) {
        double sum = 0;
        Set<Long> events = new HashSet<>();
        for (Activity activity : added) {
            Long target = activity.targetMemberId();
            if (target != null && target != memberId && isScored(target)) {
                double direct = reach.direct(activity.occurredAt(), now);
                sum += direct;
                addTo(target, direct);
            }
            Long event = activity.eventId();
            if (event != null && events.add(event)
                    && MemberFacts.activitiesAt(em, memberId, event) <= countAdded(added, event)) { // first time there
                List<Long> others = MemberFacts.coAttendees(em, event, memberId);
                sum += reach.coAttendance(activity.occurredAt(), now, others.size());
                for (long other : others) {
                    addTo(other, reach.coAttendance(activity.occurredAt(), now, 1));
                }
            }
        }
        return sum;
    }

    private static long countAdded(List<Activity> added, long event) {
        return added.stream().filter(a -> a.eventId() != null && a.eventId() == event).count();
    }

    private boolean isScored(long memberId) {
        return MemberFacts.scored(em.find(MemberEntity.class, memberId));
    }

    /** Adds reach earned now to another member's stored score (a member without one is scored from scratch). */
    private void addTo(long memberId, double added) {
        ScoreEntity other = em.find(ScoreEntity.class, memberId);
        if (other == null) {
            recompute(List.of(memberId));
            return;
        }
        other.addReach(reach.decay(other.reach(), other.asOf(), now), added, now);
        changed.add(memberId);
    }

    private void store(long memberId, ScoreEntity stored, LevelReplay.Outcome outcome, double memberReach) {
        OrbitLevel before = stored == null ? null : stored.level();
        Instant lastActive = outcome.lastActive();
        Instant storedLast = stored == null ? null : stored.toScore().lastActive();
        if (storedLast != null && (lastActive == null || storedLast.isAfter(lastActive))) {
            lastActive = storedLast; // the recent activities alone may not hold the latest
        }
        MemberScore score = new MemberScore(memberId, outcome.level(), outcome.love(), memberReach,
                outcome.love() * memberReach, lastActive, now);
        OrbitMonths.move(em, ReviewCalendar.monthOf(now), before, outcome.level());
        if (stored == null) {
            em.persist(new ScoreEntity(score));
        } else {
            stored.set(score);
        }
        if (outcome.level() == OrbitLevel.ADVOCATE && before != OrbitLevel.ADVOCATE) {
            newAdvocates.add(memberId);
        }
        changed.add(memberId);
    }
}
