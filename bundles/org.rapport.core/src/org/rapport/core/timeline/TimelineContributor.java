package org.rapport.core.timeline;

import java.util.List;

/**
 * Contributes one domain's interactions to people's histories. Register an implementation as an OSGi service (a DS
 * {@code @Component} is enough); the {@link TimelineService} picks it up, also when the bundle is installed while the
 * product runs.
 * <p>
 * Implementations are called from background jobs, possibly concurrently, and must be thread-safe. They should query
 * only the requested window and at most {@link TimelineQuery#limit()} entries. An exception thrown here is logged and
 * reported to the user as a source that could not be read; the other contributors' entries are still shown.
 */
public interface TimelineContributor {

    /** A short human-readable name of the source, e.g. "Sales Pipeline", shown when the source fails. */
    String sourceName();

    /** The person's entries in the query's window, in any order. */
    List<TimelineEntry> entries(TimelineQuery query) throws Exception;
}
