package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.Locale;

import org.rapport.community.ScoringRules;
import org.rapport.community.internal.model.StateEntity;

import jakarta.persistence.EntityManager;

/**
 * What scoring keeps in the community's state table: the rules a community manager set, and the time of the last full
 * computation (a review is due when a review date passed since).
 */
final class ScoreState {

    static final String RULES = "score.rules";
    static final String LAST_FULL = "score.lastFull";

    private ScoreState() {
    }

    static ScoringRules rules(EntityManager em) {
        StateEntity state = em.find(StateEntity.class, RULES);
        return state == null ? ScoringRules.DEFAULTS : parse(state.getValue());
    }

    static void setRules(EntityManager em, ScoringRules rules) {
        put(em, RULES, format(rules));
    }

    static Instant lastFull(EntityManager em) {
        StateEntity state = em.find(StateEntity.class, LAST_FULL);
        return state == null ? null : Instant.parse(state.getValue());
    }

    static void setLastFull(EntityManager em, Instant asOf) {
        put(em, LAST_FULL, asOf.toString());
    }

    private static void put(EntityManager em, String name, String value) {
        StateEntity state = em.find(StateEntity.class, name);
        if (state == null) {
            em.persist(new StateEntity(name, value));
        } else {
            state.setValue(value);
        }
    }

    /** "90 100 40 10 1 1 180 1.0 0.1": the record's components in order. */
    static String format(ScoringRules r) {
        return String.format(Locale.ROOT, "%d %s %s %s %d %d %s %s %s", r.windowDays(), r.advocateLove(),
                r.contributorLove(), r.participantLove(), r.reviewDayOfMonth(), r.reviewEveryMonths(),
                r.reachHalfLifeDays(), r.directWeight(), r.coAttendanceWeight());
    }

    static ScoringRules parse(String text) {
        String[] f = text.trim().split("\\s+");
        return new ScoringRules(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]), Double.parseDouble(f[6]),
                Double.parseDouble(f[7]), Double.parseDouble(f[8]));
    }
}
