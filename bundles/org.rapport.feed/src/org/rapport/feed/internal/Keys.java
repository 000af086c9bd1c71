package org.rapport.feed.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rapport.feed.internal.model.PostEntity;

/** Values as the feed's columns hold them: keys shortened with a hash when too long, texts cut at their length. */
final class Keys {

    private static final int KEEP = PostEntity.KEY_LENGTH - 65;

    private Keys() {
    }

    /**
     * An external id (or reply-to, root) as stored: unchanged when it fits, else its beginning and the SHA-256 of the
     * whole, so two long ids that begin alike stay apart and the same id always gives the same key.
     */
    static String key(String externalId) {
        if (externalId == null || externalId.length() <= PostEntity.KEY_LENGTH) {
            return externalId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(externalId.getBytes(StandardCharsets.UTF_8));
            return externalId.substring(0, KEEP) + '#' + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Text cut to {@code max} characters (the last one an ellipsis when cut), {@code null} kept. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + '\u2026';
    }

    /** The key of a post in a network: what makes it unique. */
    static String postKey(String network, String externalId) {
        return network + ' ' + key(externalId);
    }
}
