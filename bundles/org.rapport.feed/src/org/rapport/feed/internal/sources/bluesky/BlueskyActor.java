package org.rapport.feed.internal.sources.bluesky;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Bluesky account by handle or DID, from what a user typed: {@code bsky:handle}, {@code bsky:did:plc:...},
 * {@code at://did:plc:...} (or an {@code at://} URI of one of its posts) and {@code https://bsky.app/profile/<actor>}.
 * Stored as {@code bsky:<handle or did>}.
 */
final class BlueskyActor {

    private static final Pattern HANDLE = Pattern
            .compile("(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern DID = Pattern.compile("did:[a-z]+:[a-zA-Z0-9._:%-]+");

    private BlueskyActor() {
    }

    /** The handle (lower case) or DID the location names. */
    static Optional<String> parse(String typed) {
        String text = typed.trim();
        String actor = null;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bsky:")) {
            actor = text.substring(5);
        } else if (lower.startsWith("at://")) {
            String rest = text.substring(5);
            int slash = rest.indexOf('/');
            actor = slash < 0 ? rest : rest.substring(0, slash);
        } else if (lower.startsWith("https://bsky.app/profile/")) {
            try {
                String[] path = URI.create(text).getPath().split("/");
                actor = path.length > 2 ? path[2] : null;
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (actor == null) {
            return Optional.empty();
        }
        actor = actor.startsWith("@") ? actor.substring(1) : actor;
        if (DID.matcher(actor).matches()) {
            return Optional.of(actor);
        }
        String handle = actor.toLowerCase(Locale.ROOT);
        return HANDLE.matcher(handle).matches() ? Optional.of(handle) : Optional.empty();
    }
}
