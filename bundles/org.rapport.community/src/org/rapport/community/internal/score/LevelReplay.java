package org.rapport.community.internal.score;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.rapport.community.LevelChange;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoringRules;

/**
 * Replays one member's activities in time order with the review calendar and gives the member's level and love at a
 * time: the level starts at explorers when the member joins, moves up on the activity whose window love reaches a
 * threshold, and is set to the window's level at each review. The result depends only on the member's own activities,
 * the rules and the time, never on other members (what users of k-means engagement levels miss).
 */
final class LevelReplay {

    /** Receives the level a member had at the end of each month. */
    interface MonthEnds {
        void level(YearMonth month, OrbitLevel level);
    }

    /**
     * A member's state at the end of a replay.
     *
     * @param level      the level at {@code asOf}
     * @param loveMilli  love in the window ending at {@code asOf}, in thousandths of a point
     * @param lastActive the latest activity at or before {@code asOf}, {@code null} if none
     * @param changes    the level changes up to {@code asOf} (empty unless asked for)
     */
    record Outcome(OrbitLevel level, long loveMilli, Instant lastActive, List<LevelChange> changes) {

        double love() {
            return loveMilli / 1000.0;
        }
    }

    private final ScoringRules rules;
    private final ReviewCalendar calendar;
    private final long windowSeconds;

    LevelReplay(ScoringRules rules) {
        this.rules = rules;
        this.calendar = new ReviewCalendar(rules);
        this.windowSeconds = rules.window().toSeconds();
    }

    ReviewCalendar calendar() {
        return calendar;
    }

    /**
     * Replays a member.
     *
     * @param memberId    the member (for the level changes)
     * @param joined      when the member joined; {@code null}: at the first activity
     * @param activities  the member's activities sorted by time (later ones than {@code asOf} are ignored)
     * @param asOf        the time of the result
     * @param keepChanges whether to list the level changes
     * @param firstMonth  the first month to report to {@code monthEnds}
     * @param monthEnds   receives the level at the end of each month from {@code firstMonth} (the month of
     *                    {@code asOf} with the level at {@code asOf}); may be {@code null}
     * @return the state at {@code asOf}; {@code null} if the member had not joined by then
     */
    Outcome replay(long memberId, Instant joined, List<ScoredActivity> activities, Instant asOf, boolean keepChanges,
            YearMonth firstMonth, MonthEnds monthEnds) {
        Instant start = joined;
        if (!activities.isEmpty() && (start == null || activities.get(0).at().isBefore(start))) {
            start = activities.get(0).at();
        }
        if (start == null || start.isAfter(asOf)) {
            return null;
        }
        List<LevelChange> changes = keepChanges ? new ArrayList<>() : List.of();
        OrbitLevel level = OrbitLevel.EXPLORER;
        if (keepChanges) {
            changes.add(new LevelChange(memberId, start, null, level, LevelChange.Reason.JOINED));
        }
        long love = 0;
        int tail = 0; // oldest activity still in the window
        int next = 0; // next activity to add
        Instant review = calendar.nextAfter(start);
        YearMonth month = ReviewCalendar.monthOf(start);
        Instant monthEnd = ReviewCalendar.startOf(month.plusMonths(1));
        Instant lastActive = null;
        while (true) {
            Instant activityAt = next < activities.size() ? activities.get(next).at() : null;
            if (activityAt != null && activityAt.isAfter(asOf)) {
                activityAt = null;
            }
            Instant soonest = earliest(activityAt, review, monthEnd);
            if (soonest.isAfter(asOf)) {
                break;
            }
            if (soonest.equals(monthEnd)) { // the month's level before anything at its end
                if (monthEnds != null && !month.isBefore(firstMonth)) {
                    monthEnds.level(month, level);
                }
                month = month.plusMonths(1);
                monthEnd = ReviewCalendar.startOf(month.plusMonths(1));
            } else if (soonest.equals(review)) {
                for (; tail < next && expired(activities.get(tail).at(), review); tail++) {
                    love -= activities.get(tail).milliPoints();
                }
                OrbitLevel windowLevel = rules.levelFor(love / 1000.0);
                if (windowLevel != level && keepChanges) {
                    changes.add(new LevelChange(memberId, review, level, windowLevel, LevelChange.Reason.REVIEW));
                }
                level = windowLevel;
                review = calendar.nextAfter(review);
            } else {
                ScoredActivity activity = activities.get(next++);
                love += activity.milliPoints();
                for (; tail < next && expired(activities.get(tail).at(), activityAt); tail++) {
                    love -= activities.get(tail).milliPoints();
                }
                lastActive = activityAt;
                OrbitLevel windowLevel = rules.levelFor(love / 1000.0);
                if (windowLevel.isAbove(level)) {
                    if (keepChanges) {
                        changes.add(new LevelChange(memberId, activityAt, level, windowLevel,
                                LevelChange.Reason.UPGRADE));
                    }
                    level = windowLevel;
                }
            }
        }
        for (; tail < next && expired(activities.get(tail).at(), asOf); tail++) {
            love -= activities.get(tail).milliPoints();
        }
        if (monthEnds != null && !month.isBefore(firstMonth)) {
            monthEnds.level(month, level);
        }
        return new Outcome(level, love, lastActive, changes);
    }

    /**
     * The state at {@code asOf} from the activities after (last review − window) alone, for a member who joined before
     * then: the last review set the level its window gave, whatever came before, and only upgrades followed. What an
     * update after new activity uses, so that a member with years of activity costs what a new one does.
     *
     * @param recent the member's activities after {@link #recentSince(Instant)}, in time order
     */
    Outcome replayRecent(List<ScoredActivity> recent, Instant asOf) {
        Instant review = calendar.lastAtOrBefore(asOf);
        long love = 0;
        int tail = 0;
        int next = 0;
        Instant lastActive = null;
        for (; next < recent.size() && !recent.get(next).at().isAfter(review); next++) {
            love += recent.get(next).milliPoints();
            lastActive = recent.get(next).at();
        }
        for (; tail < next && expired(recent.get(tail).at(), review); tail++) {
            love -= recent.get(tail).milliPoints();
        }
        OrbitLevel level = rules.levelFor(love / 1000.0);
        for (; next < recent.size() && !recent.get(next).at().isAfter(asOf); next++) {
            Instant at = recent.get(next).at();
            love += recent.get(next).milliPoints();
            for (; tail < next && expired(recent.get(tail).at(), at); tail++) {
                love -= recent.get(tail).milliPoints();
            }
            lastActive = at;
            OrbitLevel windowLevel = rules.levelFor(love / 1000.0);
            if (windowLevel.isAbove(level)) {
                level = windowLevel;
            }
        }
        for (; tail < next && expired(recent.get(tail).at(), asOf); tail++) {
            love -= recent.get(tail).milliPoints();
        }
        return new Outcome(level, love, lastActive, List.of());
    }

    /** The time after which {@link #replayRecent} needs a member's activities: the last review before {@code asOf}, less the window. */
    Instant recentSince(Instant asOf) {
        return calendar.lastAtOrBefore(asOf).minusSeconds(windowSeconds);
    }

    /** Whether an activity at {@code at} is out of the window that ends at {@code end}: the window is (end − W, end]. */
    private boolean expired(Instant at, Instant end) {
        return at.getEpochSecond() <= end.getEpochSecond() - windowSeconds;
    }

    private static Instant earliest(Instant activity, Instant review, Instant monthEnd) {
        Instant soonest = review.isBefore(monthEnd) ? review : monthEnd;
        return activity != null && activity.isBefore(soonest) ? activity : soonest;
    }
}
