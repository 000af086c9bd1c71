package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.community.Pillar;
import org.rapport.community.internal.model.ActivityTypeEntity;
import org.rapport.community.internal.model.MemberEntity;

import jakarta.persistence.EntityManager;

/**
 * One member's inputs to scoring, read with JPQL through the member's indexes (own activities by member and time,
 * others' replies by target, co-attendees by event): what an update after new activity, a member's rescore and an
 * explanation need, in a few milliseconds.
 */
final class MemberFacts {

    /** The types as scoring needs them: weight and name by key. */
    record Weights(Map<String, Double> weights, Map<String, String> names) {

        static Weights read(EntityManager em) {
            Map<String, Double> weights = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (ActivityTypeEntity type : em.createQuery("SELECT t FROM CommunityActivityType t",
                    ActivityTypeEntity.class).getResultList()) {
                weights.put(type.getKey(), type.toType().weight());
                names.put(type.getKey(), type.toType().name());
            }
            return new Weights(weights, names);
        }

        double of(String key) {
            return weights.getOrDefault(key, 0.0);
        }
    }

    /**
     * A member's reach and how many members it comes from.
     *
     * @param reach       decayed strength of the connections
     * @param connections distinct other members connected
     */
    record Connections(double reach, int connections) {
    }

    private MemberFacts() {
    }

    /** Whether the member counts in scores: exists, is not merged into another, is not staff. */
    static boolean scored(MemberEntity member) {
        return member != null && member.getMergedInto() == null && !member.isTeam();
    }

    /** The member's activities in time order. */
    static List<ScoredActivity> activities(EntityManager em, long memberId, Weights weights) {
        return activities(em, memberId, weights, Instant.EPOCH.minusSeconds(1));
    }

    /** The member's activities after {@code since}, in time order. */
    static List<ScoredActivity> activities(EntityManager em, long memberId, Weights weights, Instant since) {
        List<Object[]> rows = em.createQuery("SELECT a.occurredAt, a.typeKey, a.pillar, a.platform, a.targetMemberId, "
                + "a.eventId FROM CommunityActivity a WHERE a.memberId = :m AND a.occurredAt > :since "
                + "ORDER BY a.occurredAt, a.id", Object[].class).setParameter("m", memberId)
                .setParameter("since", since).getResultList();
        List<ScoredActivity> activities = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            activities.add(new ScoredActivity(memberId, (Instant) row[0], (String) row[1], weights.of((String) row[1]),
                    (Pillar) row[2], row[3] == null ? "" : (String) row[3], row[4] == null ? 0 : (Long) row[4],
                    row[5] == null ? 0 : (Long) row[5]));
        }
        return activities;
    }

    /** How many activities the member has at an event. */
    static long activitiesAt(EntityManager em, long memberId, long eventId) {
        return em.createQuery("SELECT COUNT(a) FROM CommunityActivity a WHERE a.memberId = :m AND a.eventId = :e",
                Long.class).setParameter("m", memberId).setParameter("e", eventId).getSingleResult();
    }

    /** The other members (staff left out) with an activity at an event. */
    static List<Long> coAttendees(EntityManager em, long eventId, long memberId) {
        return em.createQuery("SELECT DISTINCT a.memberId FROM CommunityActivity a, CommunityMember m "
                + "WHERE a.eventId = :e AND m.id = a.memberId AND m.team = FALSE AND a.memberId <> :m", Long.class)
                .setParameter("e", eventId).setParameter("m", memberId).getResultList();
    }

    /**
     * The member's reach at {@code asOf} computed from all its connections: its replies and mentions of members,
     * members' replies and mentions of it (staff left out both ways), the events it shared with members.
     */
    static Connections connections(EntityManager em, long memberId, List<ScoredActivity> own, Reach reach,
            Instant asOf) {
        double sum = 0;
        Set<Long> others = new HashSet<>();
        Set<Long> events = new LinkedHashSet<>();
        Map<Long, Instant> firstAtEvent = new HashMap<>();
        Set<Long> staff = new HashSet<>(em.createQuery("SELECT m.id FROM CommunityMember m WHERE m.team = TRUE",
                Long.class).getResultList());
        for (ScoredActivity activity : own) {
            if (activity.at().isAfter(asOf)) {
                break;
            }
            long target = activity.targetMemberId();
            if (target != 0 && target != memberId && !staff.contains(target)) {
                sum += reach.direct(activity.at(), asOf);
                others.add(target);
            }
            if (activity.eventId() != 0 && events.add(activity.eventId())) {
                firstAtEvent.put(activity.eventId(), activity.at());
            }
        }
        List<Object[]> incoming = em.createQuery("SELECT a.occurredAt, a.memberId FROM CommunityActivity a, "
                + "CommunityMember m WHERE a.targetMemberId = :t AND a.memberId <> :t AND m.id = a.memberId "
                + "AND m.team = FALSE AND m.mergedInto IS NULL", Object[].class).setParameter("t", memberId)
                .getResultList();
        for (Object[] row : incoming) {
            Instant at = (Instant) row[0];
            if (!at.isAfter(asOf)) {
                sum += reach.direct(at, asOf);
                others.add((Long) row[1]);
            }
        }
        for (long event : events) {
            List<Long> with = coAttendees(em, event, memberId);
            sum += reach.coAttendance(firstAtEvent.get(event), asOf, with.size());
            others.addAll(with);
        }
        return new Connections(sum, others.size());
    }
}
