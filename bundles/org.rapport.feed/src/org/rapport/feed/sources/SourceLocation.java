package org.rapport.feed.sources;

import java.util.Objects;

/**
 * A location a source type recognised, in the form it stores it.
 *
 * @param location    the normalised location (a URL, {@code user@instance}, {@code bsky:handle}, {@code #tag@instance})
 * @param network     the network its posts come from, lower case ({@code rss}, {@code mastodon}, {@code bluesky}, ...)
 * @param displayName a name to show for the source until the user names it
 */
public record SourceLocation(String location, String network, String displayName) {

    /** Checks that no component is null. */
    public SourceLocation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(displayName, "displayName");
    }
}
