package org.rapport.community;

import java.util.Locale;
import java.util.Objects;

/**
 * A member's identity on one platform. Network and handle are kept in the social feed's form (lower case, no leading
 * {@code @}), so a feed author and a member identity with the same {@link #key()} are the same person.
 *
 * @param id          Rapport's id of the identity, 0 before it is saved
 * @param network     the platform, lower case: {@code mastodon}, {@code bluesky}, {@code github}, {@code discourse},
 *                    {@code discord}, {@code slack}, {@code email}, {@code event}, ...
 * @param handle      the handle there, normalised; an email address for {@code email}
 * @param displayName the name shown there, or empty
 * @param verified    whether someone confirmed it belongs to the member (entered by hand, or from a signed-in
 *                    source); identities inferred from imports are not
 * @param source      where it came from: {@code feed}, {@code import:<file name>}, {@code manual}, {@code event}, ...
 */
public record Identity(long id, String network, String handle, String displayName, boolean verified, String source) {

    /** Normalises network and handle as the social feed does. */
    public Identity {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(handle, "handle");
        network = network.trim().toLowerCase(Locale.ROOT);
        handle = normalizeHandle(handle);
        displayName = displayName == null ? "" : displayName.trim();
        source = source == null ? "" : source;
    }

    /** A new, unsaved identity. */
    public static Identity of(String network, String handle, String displayName, boolean verified, String source) {
        return new Identity(0, network, handle, displayName, verified, source);
    }

    /**
     * A handle as identities store it: trimmed, lower case, without leading {@code @}; exactly
     * {@code org.rapport.feed.sources.AuthorIdentity.normalizeHandle}, so both domains key a person alike.
     */
    public static String normalizeHandle(String handle) {
        String h = handle.trim();
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT);
    }

    /** The key that identifies this identity everywhere: {@code network:handle}. */
    public String key() {
        return network + ':' + handle;
    }
}
