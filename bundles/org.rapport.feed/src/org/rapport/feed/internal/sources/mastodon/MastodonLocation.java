package org.rapport.feed.internal.sources.mastodon;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mastodon account ({@code user@instance}) or hashtag timeline ({@code #tag@instance}), from what a user typed:
 * {@code @user@instance}, {@code user@instance}, {@code https://instance/@user}, {@code https://instance/@user@other},
 * {@code #tag@instance} or {@code https://instance/tags/tag}.
 *
 * @param hashtag  whether it is a hashtag timeline
 * @param name     the user name or the tag (lower case, without {@code @} or {@code #})
 * @param instance the instance's host, lower case
 */
record MastodonLocation(boolean hashtag, String name, String instance) {

    private static final String HOST = "((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}|localhost)";
    private static final Pattern ACCOUNT = Pattern.compile("@?([a-z0-9_]+(?:[.-][a-z0-9_]+)*)@" + HOST);
    private static final Pattern TAG = Pattern.compile("#([\\p{L}\\p{N}_]+)@" + HOST);
    // in a profile address the name is Mastodon's own form (no dots), so "/@ada.rss" stays the account's RSS feed
    private static final Pattern PROFILE_PATH = Pattern.compile("/@([a-z0-9_]+)(?:@" + HOST
            + ")?/?");
    private static final Pattern TAG_PATH = Pattern.compile("/tags/([\\p{L}\\p{N}_]+)/?");

    static Optional<MastodonLocation> parse(String typed) {
        String text = typed.trim().toLowerCase(Locale.ROOT);
        Matcher m = ACCOUNT.matcher(text);
        if (m.matches()) {
            return Optional.of(new MastodonLocation(false, m.group(1), m.group(2)));
        }
        m = TAG.matcher(text);
        if (m.matches()) {
            return Optional.of(new MastodonLocation(true, m.group(1), m.group(2)));
        }
        if (!text.startsWith("https://") && !text.startsWith("http://")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getQuery() != null) {
            return Optional.empty();
        }
        m = PROFILE_PATH.matcher(uri.getPath());
        if (m.matches()) {
            return Optional.of(new MastodonLocation(false, m.group(1), m.group(2) != null ? m.group(2) : uri.getHost()));
        }
        m = TAG_PATH.matcher(uri.getPath());
        if (m.matches()) {
            return Optional.of(new MastodonLocation(true, m.group(1), uri.getHost()));
        }
        return Optional.empty();
    }

    /** The stored form: {@code user@instance} or {@code #tag@instance}. */
    String location() {
        return (hashtag ? "#" : "") + name + "@" + instance;
    }

    /** A name for the source until the user names it. */
    String displayName() {
        return hashtag ? "#" + name + " on " + instance : "@" + name + "@" + instance;
    }
}
