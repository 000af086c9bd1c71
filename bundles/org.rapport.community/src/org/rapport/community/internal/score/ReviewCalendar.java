package org.rapport.community.internal.score;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.rapport.community.ScoringRules;

/**
 * When the periodic reviews fall: at 00:00 UTC on the rules' day of every review month (January and every
 * {@code reviewEveryMonths} months after). UTC so that every machine of a team computes the same levels.
 */
final class ReviewCalendar {

    private final int day;
    private final int everyMonths;

    ReviewCalendar(ScoringRules rules) {
        this.day = rules.reviewDayOfMonth();
        this.everyMonths = rules.reviewEveryMonths();
    }

    /** The first review strictly after {@code time}. */
    Instant nextAfter(Instant time) {
        YearMonth month = YearMonth.from(time.atZone(ZoneOffset.UTC));
        while (true) {
            if ((month.getMonthValue() - 1) % everyMonths == 0) {
                Instant review = reviewOf(month);
                if (review.isAfter(time)) {
                    return review;
                }
            }
            month = month.plusMonths(1);
        }
    }

    /** The last review at or before {@code time}. */
    Instant lastAtOrBefore(Instant time) {
        YearMonth month = YearMonth.from(time.atZone(ZoneOffset.UTC));
        while (true) {
            if ((month.getMonthValue() - 1) % everyMonths == 0) {
                Instant review = reviewOf(month);
                if (!review.isAfter(time)) {
                    return review;
                }
            }
            month = month.minusMonths(1);
        }
    }

    private Instant reviewOf(YearMonth month) {
        return LocalDate.of(month.getYear(), month.getMonth(), day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant of a month (UTC). */
    static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The month (UTC) of an instant. */
    static YearMonth monthOf(Instant time) {
        return YearMonth.from(time.atZone(ZoneOffset.UTC));
    }
}
