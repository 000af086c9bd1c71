package org.rapport.feed.sources;

import java.util.Locale;
import java.util.Objects;

/**
 * Who wrote or was mentioned in a post, as the network knows them.
 *
 * @param network     the network, lower case ({@code mastodon}, {@code bluesky}, {@code rss}, ...)
 * @param handle      the handle in its stored form: {@code user@instance} on Mastodon (never the instance-local
 *                    {@code acct}), the handle on Bluesky ({@code ada.bsky.social}), the author's name or email for a
 *                    feed; never starts with {@code @}
 * @param displayName the name the person shows, or empty
 * @param did         a stable network id where the network has one (a Bluesky DID, a Mastodon account URI), or
 *                    {@code null}
 * @param email       the author's email address when the feed gives one, or {@code null}
 * @param profileUrl  the profile's web address, or {@code null}
 * @param followers   the follower count when known, else {@code -1}
 */
public record AuthorIdentity(String network, String handle, String displayName, String did, String email,
        String profileUrl, int followers) {

    /** Normalises network and handle: lower case, no leading {@code @}, trimmed. */
    public AuthorIdentity {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(handle, "handle");
        network = network.trim().toLowerCase(Locale.ROOT);
        handle = normalizeHandle(handle);
        displayName = displayName == null ? "" : displayName.trim();
    }

    /** A handle as identities store it: trimmed, lower case, without a leading {@code @}. */
    public static String normalizeHandle(String handle) {
        String h = handle.trim();
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** The key that identifies this identity across posts: network and handle. */
    public String key() {
        return network + ':' + handle;
    }

    /** The name to show: the display name, or the handle when there is none. */
    public String label() {
        return displayName.isEmpty() ? handle : displayName;
    }
}
