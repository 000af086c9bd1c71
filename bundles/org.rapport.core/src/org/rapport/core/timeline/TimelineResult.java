package org.rapport.core.timeline;

import java.util.List;

/**
 * A person's merged history.
 *
 * @param entries       newest first, at most the query's limit
 * @param failedSources names of the contributors that failed; their entries are missing
 */
public record TimelineResult(List<TimelineEntry> entries, List<String> failedSources) {

    /** Copies the lists so the result cannot change under its reader. */
    public TimelineResult {
        entries = List.copyOf(entries);
        failedSources = List.copyOf(failedSources);
    }

    /** Whether every contributor answered. */
    public boolean isComplete() {
        return failedSources.isEmpty();
    }
}
