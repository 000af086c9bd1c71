package org.rapport.feed.internal.polling;

import java.time.Duration;
import java.time.Instant;

import org.rapport.feed.sources.FeedException;

/**
 * When a source is polled next. After a success: one interval later. After a failure the wait doubles with every
 * consecutive failure ({@code interval × 2^failures}) up to {@link #MAX_WAIT}, and is never shorter than what the server
 * asked for in {@code Retry-After} (itself capped at {@link #MAX_RETRY_AFTER}, so a wrong header cannot stop a source for
 * weeks). A network that cannot be reached (the laptop is offline) is not the source's fault: the wait stays one
 * interval, so polling resumes soon after the network is back.
 */
final class BackOff {

    /** The longest wait after failures. */
    static final Duration MAX_WAIT = Duration.ofHours(6);
    /** The longest {@code Retry-After} honoured. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private BackOff() {
    }

    /** The next poll after a success. */
    static Instant afterSuccess(Instant now, Duration interval) {
        return now.plus(interval);
    }

    /**
     * The next poll after a failure.
     *
     * @param failures consecutive failures including this one (1 for the first)
     * @param failure  the failure, or {@code null} when the type threw something else or timed out
     */
    static Instant afterFailure(Instant now, Duration interval, int failures, FeedException failure) {
        Duration wait;
        if (failure != null && failure.kind() == FeedException.Kind.NETWORK) {
            wait = interval;
        } else {
            wait = grown(interval, failures);
        }
        if (failure != null && failure.retryAfter().isPresent()) {
            Duration asked = failure.retryAfter().get();
            asked = asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return now.plus(wait);
    }

    /** {@code interval × 2^failures}, at most {@link #MAX_WAIT} (but never less than the interval itself). */
    static Duration grown(Duration interval, int failures) {
        if (interval.compareTo(MAX_WAIT) >= 0) {
            return interval;
        }
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(MAX_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
