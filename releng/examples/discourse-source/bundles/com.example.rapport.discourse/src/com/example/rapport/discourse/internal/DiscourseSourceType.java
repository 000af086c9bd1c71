package com.example.rapport.discourse.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchContext;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

/**
 * The latest topics of a Discourse forum, read from its {@code /latest.json}: one post per topic (its title and
 * excerpt, by the topic's original poster). Users add a forum by its address ({@code https://forum.example.org} or the
 * {@code latest.json} URL itself); the type stores the {@code latest.json} URL.
 */
public class DiscourseSourceType implements FeedSourceType {

    /** The network of the posts and their authors. */
    public static final String NETWORK = "discourse";

    private static final String LATEST = "/latest.json";

    private final DiscourseLatestParser parser = new DiscourseLatestParser();

    /** Used by the extension registry. */
    public DiscourseSourceType() {
        // stateless
    }

    /**
     * Claims {@code https://HOST[/PATH]/latest.json} and {@code discourse:https://HOST[/PATH]}; a bare forum address
     * without either is left to Rapport's RSS type, since nothing in it says it is a Discourse forum.
     */
    @Override
    public Optional<SourceLocation> recognize(String location) {
        String text = location.trim();
        boolean prefixed = text.regionMatches(true, 0, NETWORK + ":", 0, NETWORK.length() + 1);
        if (prefixed) {
            text = text.substring(NETWORK.length() + 1).trim();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.endsWith(LATEST) && !prefixed) {
            return Optional.empty();
        }
        String forum = path.endsWith(LATEST) ? path.substring(0, path.length() - LATEST.length()) : stripSlash(path);
        String base = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + forum;
        return Optional.of(new SourceLocation(base + LATEST, NETWORK, uri.getHost().toLowerCase(Locale.ROOT) + forum));
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    public FetchResult fetch(SourceState source, FetchContext context) throws FeedException {
        FeedHttp.Response response = context.http().get(URI.create(source.location()), source.etag(),
                source.lastModified(), "application/json");
        if (response.notModified()) {
            return FetchResult.notModified(source);
        }
        ParseResult parsed = parser.parse(response.body(), source.location());
        return new FetchResult(false, parsed.posts(), parsed.problems(), response.etag(), response.lastModified(), null);
    }

    /** A {@code .json} file (or URL) whose first bytes show a Discourse topic list. */
    @Override
    public boolean canParse(String name, byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8);
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && start.contains("\"topic_list\"");
    }

    @Override
    public ParseResult parse(byte[] content, String origin) throws FeedException {
        return parser.parse(content, origin);
    }
}
