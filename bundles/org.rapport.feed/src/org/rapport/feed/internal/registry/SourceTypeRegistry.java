package org.rapport.feed.internal.registry;

import java.util.List;
import java.util.Optional;

import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.SourceLocation;

/**
 * The source types contributed to {@code org.rapport.feed.sourceTypes}, read defensively (a broken contribution is
 * logged and left out). A DS service inside the feed bundle; the extension registry is re-read when plugins come or go.
 */
public interface SourceTypeRegistry {

    /** The installed types, by name. */
    List<SourceTypeInfo> types();

    /** The type with this id, created once (its class loaded from the contributing bundle). */
    Optional<FeedSourceType> type(String id);

    /** The default polling interval of a type, in minutes. */
    int pollMinutes(String id);

    /** The first type (by name, Rapport's own last) that recognises what a user typed, and the location it makes of it. */
    Optional<Recognized> recognize(String location);

    /** The first type that parses content of this name and first bytes. */
    Optional<SourceTypeInfo> detect(String name, byte[] head);

    /**
     * A location a type recognised.
     *
     * @param type     the type
     * @param location the normalised location
     */
    record Recognized(SourceTypeInfo type, SourceLocation location) {
    }
}
