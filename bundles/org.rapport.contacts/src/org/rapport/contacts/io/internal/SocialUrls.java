package org.rapport.contacts.io.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

import org.rapport.contacts.internal.model.SocialProfileEmbeddable;


/**
 * Recognizes social profiles in web addresses (vCard URL, a CSV "Web Page" column): the network and the handle, e.g.
 * {@code https://mastodon.social/@ada} is the Mastodon handle {@code @ada@mastodon.social}.
 */
final class SocialUrls {

    /** The network of web pages that are no known social profile; never used to match people. */
    static final String WEBSITE = "website";

    private static final Map<String, String> HOSTS = Map.ofEntries(Map.entry("twitter.com", "twitter"),
            Map.entry("x.com", "twitter"), Map.entry("linkedin.com", "linkedin"), Map.entry("facebook.com", "facebook"),
            Map.entry("fb.com", "facebook"), Map.entry("instagram.com", "instagram"), Map.entry("github.com", "github"),
            Map.entry("bsky.app", "bluesky"), Map.entry("youtube.com", "youtube"), Map.entry("tiktok.com", "tiktok"),
            Map.entry("threads.net", "threads"), Map.entry("xing.com", "xing"), Map.entry("pinterest.com", "pinterest"));

    private SocialUrls() {
    }

    /** The network's usual name: lower case, "x" is twitter, "bsky" is bluesky. */
    static String network(String name) {
        String network = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (network) {
            case "x", "x.com", "twitter.com" -> "twitter";
            case "bsky", "bsky.app" -> "bluesky";
            case "linkedin.com" -> "linkedin";
            default -> network;
        };
    }

    /** The profile a web address stands for; a {@link #WEBSITE} profile when it is no known network's. */
    static SocialProfileEmbeddable profile(String address, int followers, boolean verified) {
        String url = address.trim();
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return new SocialProfileEmbeddable(WEBSITE, stripScheme(url), url, followers, verified);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        String[] path = segments(uri.getPath());
        String network = HOSTS.get(host);
        String handle = network == null ? null : handle(network, path);
        if (handle != null) {
            return new SocialProfileEmbeddable(network, handle, url, followers, verified);
        }
        if (path.length == 1 && path[0].startsWith("@") && path[0].length() > 1) {
            return new SocialProfileEmbeddable("mastodon", path[0] + "@" + host, url, followers, verified);
        }
        return new SocialProfileEmbeddable(WEBSITE, stripScheme(url), url, followers, verified);
    }

    /** The handle in a known network's profile path, or {@code null} when the path is no profile. */
    private static String handle(String network, String[] path) {
        if (path.length == 0) {
            return null;
        }
        return switch (network) {
            case "linkedin" -> path.length >= 2 && (path[0].equals("in") || path[0].equals("company")) ? path[1] : null;
            case "bluesky" -> path.length >= 2 && path[0].equals("profile") ? path[1] : null;
            case "xing" -> path.length >= 2 && path[0].equals("profile") ? path[1] : null;
            case "youtube" -> path[0].startsWith("@") ? path[0]
                    : path.length >= 2 && (path[0].equals("c") || path[0].equals("user")) ? path[1] : null;
            case "tiktok", "threads" -> path[0].startsWith("@") ? path[0] : null;
            default -> path[0].equals("profile.php") || path[0].equals("intent") || path[0].equals("share") ? null
                    : path[0];
        };
    }

    private static String[] segments(String path) {
        if (path == null) {
            return new String[0];
        }
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static URI parse(String url) {
        try {
            return new URI(url.contains("://") ? url : "https://" + url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String stripScheme(String url) {
        int scheme = url.indexOf("://");
        String rest = scheme < 0 ? url : url.substring(scheme + 3);
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }
}
