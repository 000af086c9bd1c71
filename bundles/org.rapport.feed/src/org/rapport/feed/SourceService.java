package org.rapport.feed;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Feed sources: the installed types, the configured sources, and polling. An OSGi service; polling runs in Eclipse
 * jobs on each source's schedule while the service is active, and on demand through {@link #poll}.
 */
public interface SourceService {

    /** The installed source types, by name. */
    List<SourceTypeInfo> types();

    /** The configured sources, by name. */
    List<FeedSource> sources();

    /** The source with this id. */
    Optional<FeedSource> source(long id);

    /**
     * Adds a source for what a user typed (a URL, {@code @user@instance}, {@code #tag@instance}, {@code bsky:handle}),
     * recognised by the first installed type that accepts it; adding a location that exists returns the existing one.
     *
     * @throws IllegalArgumentException when no installed type recognises the location (the message says what forms
     *                                  are understood)
     */
    FeedSource add(String location);

    /** Renames a source, changes its interval, pauses or resumes it. */
    FeedSource update(long id, String name, Duration interval, boolean paused);

    /** Removes a source; its stored posts stay. */
    void remove(long id);

    /**
     * Polls one source now, whatever its schedule; failures are recorded in its state (with back-off), not thrown.
     */
    PollSummary poll(long id, IProgressMonitor monitor);

    /** Polls every source that is not paused, one failing source never stopping the others. */
    List<PollSummary> pollAll(IProgressMonitor monitor);

    /**
     * Reads a file or a URL once with the given type, or the type detected from its name and first bytes, and stores
     * its posts without creating a source.
     *
     * @param fileOrUrl a path or an http(s) URL
     * @param typeId    the type to use, or {@code null} to detect it
     * @throws org.rapport.feed.sources.FeedException when the input is refused as a whole
     */
    ImportSummary importOnce(String fileOrUrl, String typeId, IProgressMonitor monitor)
            throws org.rapport.feed.sources.FeedException;
}
