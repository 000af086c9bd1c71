package org.rapport.feed.internal.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;

/** When a failing source is polled next: doubling, capped, Retry-After honoured and bounded, offline not punished. */
class BackOffTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final Duration HOURLY = Duration.ofHours(1);

    @Test
    void theWaitDoublesWithEachFailureUpToSixHours() {
        FeedException status = new FeedException(Kind.HTTP_STATUS, "500");
        assertEquals(NOW.plus(Duration.ofHours(2)), BackOff.afterFailure(NOW, HOURLY, 1, status));
        assertEquals(NOW.plus(Duration.ofHours(4)), BackOff.afterFailure(NOW, HOURLY, 2, status));
        assertEquals(NOW.plus(Duration.ofHours(6)), BackOff.afterFailure(NOW, HOURLY, 3, status));
        assertEquals(NOW.plus(Duration.ofHours(6)), BackOff.afterFailure(NOW, HOURLY, 60, null), "no overflow");
        assertEquals(NOW.plus(Duration.ofHours(12)), BackOff.afterFailure(NOW, Duration.ofHours(12), 3, status),
                "a source polled twice a day is never polled more often because it fails");
    }

    @Test
    void retryAfterIsHonouredUpToADayAndAnOfflineNetworkWaitsOneInterval() {
        assertEquals(NOW.plus(Duration.ofHours(5)), BackOff.afterFailure(NOW, HOURLY, 1,
                new FeedException(Kind.RATE_LIMITED, "429", Duration.ofHours(5), null)));
        assertEquals(NOW.plus(Duration.ofHours(2)), BackOff.afterFailure(NOW, HOURLY, 1,
                new FeedException(Kind.RATE_LIMITED, "429", Duration.ofSeconds(30), null)), "never sooner than the back-off");
        assertEquals(NOW.plus(Duration.ofHours(24)), BackOff.afterFailure(NOW, HOURLY, 1,
                new FeedException(Kind.RATE_LIMITED, "429", Duration.ofDays(30), null)));
        assertEquals(NOW.plus(HOURLY), BackOff.afterFailure(NOW, HOURLY, 7, new FeedException(Kind.NETWORK, "offline")));
    }
}
