package org.rapport.core.timeline;

/**
 * Merges the entries of every registered {@link TimelineContributor} into one history. Available as an OSGi service.
 */
public interface TimelineService {

    /**
     * Reads a person's history from every contributor: entries inside the query's window, newest first, at most
     * {@link TimelineQuery#limit()}. Never throws for a failing contributor; see {@link TimelineResult#failedSources()}.
     */
    TimelineResult history(TimelineQuery query);
}
