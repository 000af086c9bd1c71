package org.rapport.community;

import java.time.Duration;

/**
 * How love, levels, reviews and reach are computed; a community manager may change every figure (then every score is
 * recomputed). The defaults ({@link #DEFAULTS}) and why:
 * <ul>
 * <li>love is the sum of the activity types' weights over the last {@code windowDays} (90 days: a quarter shows a
 * habit, not a burst);</li>
 * <li>levels by love thresholds: advocates from 100 points, contributors from 40, participants from 10, explorers
 * below. With Rapport's default weights (a reply 1.5, attending an event 3, a talk 8) in 90 days: a reply a day
 * and a talk make an advocate, two replies a week and a talk a contributor, a reply a fortnight a participant; a
 * member who only reads or likes stays an explorer;</li>
 * <li>a member moves up at once, on the activity that reaches a threshold; down only at the periodic review, on day
 * {@code reviewDayOfMonth} (1) of every {@code reviewEveryMonths} (1) month at 00:00 UTC, to the level the window
 * gives then, so that nobody's level changes because others act or because a quiet week passes;</li>
 * <li>reach sums the member's connections: a reply to or mention of another member (either direction) counts
 * {@code directWeight} (1.0), being at the same event as another member {@code coAttendanceWeight} (0.1), the ratio of
 * the Orbit model's example (10:1); each interaction decays with its age, halving every {@code reachHalfLifeDays}
 * (180 days, close to the Orbit model's "10 % less a month idle": 0.9^6 = 0.53);</li>
 * <li>gravity of a member is love × reach.</li>
 * </ul>
 *
 * @param windowDays          look-back window of love, in days
 * @param advocateLove        love from which a member is an advocate (level 1)
 * @param contributorLove     love from which a member is a contributor (level 2)
 * @param participantLove     love from which a member is a participant (level 3)
 * @param reviewDayOfMonth    day of the month of the review (1 to 28)
 * @param reviewEveryMonths   months between reviews (1, 2, 3, 4, 6 or 12; reviews fall in January and every this many
 *                            months after)
 * @param reachHalfLifeDays   days in which an interaction's share of reach halves
 * @param directWeight        reach of one reply or mention between two members
 * @param coAttendanceWeight  reach of attending the same event as another member
 */
public record ScoringRules(int windowDays, double advocateLove, double contributorLove, double participantLove,
        int reviewDayOfMonth, int reviewEveryMonths, double reachHalfLifeDays, double directWeight,
        double coAttendanceWeight) {

    /** Rapport's defaults, documented above. */
    public static final ScoringRules DEFAULTS = new ScoringRules(90, 100, 40, 10, 1, 1, 180, 1.0, 0.1);

    /** Checks the figures: thresholds falling from advocates to participants, a review day that every month has. */
    public ScoringRules {
        if (windowDays < 1) {
            throw new IllegalArgumentException("the window must be at least a day: " + windowDays);
        }
        if (!(advocateLove > contributorLove && contributorLove > participantLove && participantLove > 0)) {
            throw new IllegalArgumentException("thresholds must fall from advocates to participants and stay above 0: "
                    + advocateLove + ", " + contributorLove + ", " + participantLove);
        }
        if (reviewDayOfMonth < 1 || reviewDayOfMonth > 28) {
            throw new IllegalArgumentException("the review day must be 1 to 28: " + reviewDayOfMonth);
        }
        if (reviewEveryMonths < 1 || 12 % reviewEveryMonths != 0) {
            throw new IllegalArgumentException("reviews every 1, 2, 3, 4, 6 or 12 months, not " + reviewEveryMonths);
        }
        if (!(reachHalfLifeDays > 0) || directWeight < 0 || coAttendanceWeight < 0) {
            throw new IllegalArgumentException("reach needs a positive half-life and weights of 0 or more");
        }
    }

    /** The look-back window of love. */
    public Duration window() {
        return Duration.ofDays(windowDays);
    }

    /** Love from which a member is at {@code level} (0 for explorers). */
    public double threshold(OrbitLevel level) {
        return switch (level) {
            case ADVOCATE -> advocateLove;
            case CONTRIBUTOR -> contributorLove;
            case PARTICIPANT -> participantLove;
            case EXPLORER -> 0;
        };
    }

    /** The level this much love gives. */
    public OrbitLevel levelFor(double love) {
        if (love >= advocateLove) {
            return OrbitLevel.ADVOCATE;
        }
        if (love >= contributorLove) {
            return OrbitLevel.CONTRIBUTOR;
        }
        return love >= participantLove ? OrbitLevel.PARTICIPANT : OrbitLevel.EXPLORER;
    }
}
