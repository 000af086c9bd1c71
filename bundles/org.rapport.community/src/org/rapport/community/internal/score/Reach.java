package org.rapport.community.internal.score;

import java.time.Instant;

import org.rapport.community.ScoringRules;

/**
 * Reach arithmetic: every interaction adds its weight, halving every half-life of its age. Because the decay is
 * exponential, a stored reach decays as a whole ({@link #decay}), so an incremental update adds one interaction to a
 * stored value instead of summing the member's connections again.
 */
final class Reach {

    private static final double SECONDS_A_DAY = 86_400;

    private final double halfLifeSeconds;
    private final double directWeight;
    private final double coAttendanceWeight;

    Reach(ScoringRules rules) {
        this.halfLifeSeconds = rules.reachHalfLifeDays() * SECONDS_A_DAY;
        this.directWeight = rules.directWeight();
        this.coAttendanceWeight = rules.coAttendanceWeight();
    }

    /** What a reply or mention at {@code at} adds to both members' reach at {@code asOf}. */
    double direct(Instant at, Instant asOf) {
        return directWeight * factor(at, asOf);
    }

    /** What sharing an event at {@code at} with {@code others} members adds to a member's reach at {@code asOf}. */
    double coAttendance(Instant at, Instant asOf, int others) {
        return coAttendanceWeight * others * factor(at, asOf);
    }

    /** A reach computed at {@code from}, as it stands at {@code to}. */
    double decay(double reach, Instant from, Instant to) {
        return reach * factor(from, to);
    }

    /** 2^−(age / half-life); interactions after {@code asOf} count fully (a clock a little behind the data's). */
    private double factor(Instant at, Instant asOf) {
        double age = asOf.getEpochSecond() - at.getEpochSecond();
        return age <= 0 ? 1 : Math.pow(2, -age / halfLifeSeconds);
    }
}
