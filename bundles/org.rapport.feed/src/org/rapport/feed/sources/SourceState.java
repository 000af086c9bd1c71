package org.rapport.feed.sources;

import java.util.Objects;

/**
 * What a source type gets to fetch a source: its location and what it returned from the previous successful fetch.
 *
 * @param sourceId     the source's id in Rapport
 * @param location     the location as {@link FeedSourceType#recognize} normalised it
 * @param etag         the {@code ETag} of the previous response, or {@code null}
 * @param lastModified the {@code Last-Modified} of the previous response, or {@code null}
 * @param cursor       the type's own cursor from the previous fetch (e.g. the newest status id), or {@code null}
 */
public record SourceState(long sourceId, String location, String etag, String lastModified, String cursor) {

    /** Checks that the location is not null. */
    public SourceState {
        Objects.requireNonNull(location, "location");
    }
}
