package org.rapport.feed.internal.registry;

import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.sources.FeedSourceType;

/**
 * One contribution to {@code org.rapport.feed.sourceTypes} that was read successfully: what its extension says and the
 * type it created.
 *
 * @param info        id, name, network, contributor and example
 * @param pollMinutes the default polling interval, at least 1
 * @param own         whether Rapport itself contributed it (asked last, so plugins can claim narrower locations)
 * @param catchAll    whether it recognises any web address (RSS/Atom), and so is asked after every other type
 * @param type        the created type
 */
record SourceTypeDescriptor(SourceTypeInfo info, int pollMinutes, boolean own, boolean catchAll,
        FeedSourceType type) {

    String id() {
        return info.id();
    }
}
