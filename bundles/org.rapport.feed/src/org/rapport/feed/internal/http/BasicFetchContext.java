package org.rapport.feed.internal.http;

import java.time.Clock;
import java.util.function.BooleanSupplier;

import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FetchContext;

/**
 * The {@link FetchContext} Rapport hands a source type: the shared HTTP client, a clock, and the cancel flag of the job
 * that polls (e.g. {@code monitor::isCanceled}).
 *
 * @param http     the HTTP client
 * @param clock    the clock
 * @param canceled whether the fetch was cancelled
 */
public record BasicFetchContext(FeedHttp http, Clock clock, BooleanSupplier canceled) implements FetchContext {

    /** A context that is never cancelled, on the system clock. */
    public BasicFetchContext(FeedHttp http) {
        this(http, Clock.systemUTC(), () -> false);
    }

    @Override
    public boolean isCanceled() {
        return canceled.getAsBoolean();
    }
}
