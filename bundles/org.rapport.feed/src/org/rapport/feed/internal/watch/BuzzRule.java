package org.rapport.feed.internal.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * When negative posts about a watched term or person are "above normal". Judged on the posts' own timeline (their
 * published times, never the wall clock), so an import of last month's posts raises the alerts last month would have
 * seen, and a test can replay a history deterministically.
 * <ul>
 * <li><b>Minimum count</b>: at least the watch's {@code minCount} negative posts (default {@value #DEFAULT_MIN_COUNT})
 * in the window of {@code windowMinutes} (default {@value #DEFAULT_WINDOW_MINUTES}) ending at the newest of them.</li>
 * <li><b>Spike over the baseline</b>: the baseline is the watch's mean number of negative posts per window over the
 * {@link #BASELINE_SPAN} before the window (7 days: 168 windows of an hour). The count must be at least
 * {@value #SPIKE_FACTOR} times the baseline: a brand that always draws 6 complaints an hour does not alert at 8, a
 * quiet one (baseline near 0) alerts at the minimum count.</li>
 * <li><b>Cool-down</b>: after an alert, no new alert for the same watch for {@value #COOL_DOWN_WINDOWS} windows
 * (measured on the posts' timeline), unless the count has at least doubled since that alert.</li>
 * </ul>
 */
final class BuzzRule {

    static final int DEFAULT_MIN_COUNT = 5;
    static final int DEFAULT_WINDOW_MINUTES = 60;
    static final Duration BASELINE_SPAN = Duration.ofDays(7);
    static final double SPIKE_FACTOR = 3.0;
    static final int COOL_DOWN_WINDOWS = 2;
    /** The longest window a rule may have: the baseline span. */
    static final int MAX_WINDOW_MINUTES = (int) BASELINE_SPAN.toMinutes();

    private BuzzRule() {
    }

    /** The mean negative count per window over the baseline span, from the count in that span. */
    static double baseline(int countInSpan, Duration window) {
        double windows = (double) BASELINE_SPAN.toMillis() / window.toMillis();
        return countInSpan / windows;
    }

    /** Whether the count is an alert by minimum and spike. */
    static boolean above(int count, int minCount, double baseline) {
        return count >= minCount && count >= SPIKE_FACTOR * baseline;
    }

    /** Whether a previous alert (its window end and count) still silences an alert at {@code to} with {@code count}. */
    static boolean coolingDown(Instant lastTo, int lastCount, Instant to, int count, Duration window) {
        if (lastTo == null) {
            return false;
        }
        Duration apart = Duration.between(lastTo, to).abs();
        return apart.compareTo(window.multipliedBy(COOL_DOWN_WINDOWS)) < 0 && count < 2 * lastCount;
    }
}
