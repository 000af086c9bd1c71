package org.rapport.feed.internal.sources.mastodon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statuses Rapport has seen, by the id an instance gave them, so that a reply fetched later points at its parent's
 * URI (Mastodon's API gives only the parent's instance-local id). Bounded; shared by the fetches of one type.
 */
final class ReplyIndex {

    /**
     * A status seen.
     *
     * @param uri      its URI (the post's external id)
     * @param parentId the instance-local id of the status it answers, or {@code null}
     */
    record Seen(String uri, String parentId) {
    }

    private final Map<String, Seen> seen;

    ReplyIndex(int capacity) {
        this.seen = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Seen get(String instance, String id) {
        return seen.get(instance + '/' + id);
    }

    synchronized void put(String instance, String id, Seen status) {
        seen.put(instance + '/' + id, status);
    }
}
