package org.rapport.feed.sources;

import java.time.Clock;

/** What Rapport provides to a source type while it fetches. */
public interface FetchContext {

    /** The HTTP client to use for every request of this fetch. */
    FeedHttp http();

    /** The clock to read "now" from (tests move it). */
    Clock clock();

    /** Whether the user or the workbench cancelled the fetch; check it between requests. */
    boolean isCanceled();
}
