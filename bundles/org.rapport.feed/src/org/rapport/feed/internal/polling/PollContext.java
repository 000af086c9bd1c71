package org.rapport.feed.internal.polling;

import java.time.Clock;
import java.util.function.BooleanSupplier;

import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FetchContext;

/** What a source type gets while it fetches: Rapport's HTTP client, the clock, and whether the poll was cancelled. */
record PollContext(FeedHttp http, Clock clock, BooleanSupplier canceled) implements FetchContext {

    @Override
    public boolean isCanceled() {
        return canceled.getAsBoolean();
    }
}
