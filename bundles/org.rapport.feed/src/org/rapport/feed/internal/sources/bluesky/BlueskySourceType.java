package org.rapport.feed.internal.sources.bluesky;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.rapport.feed.internal.sources.Heads;
import org.rapport.feed.internal.sources.ItemProblems;
import org.rapport.feed.internal.sources.JsonContent;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchContext;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bluesky: an author feed from the public AppView ({@code app.bsky.feed.getAuthorFeed}, no login), by handle or DID,
 * and saved {@code getAuthorFeed} answers. The cursor is the newest {@code indexedAt} read; older items are skipped
 * next time.
 */
public class BlueskySourceType implements FeedSourceType {

    private static final int PAGE = 50;
    private final URI appView;

    /** The type the extension registry creates: the public AppView. */
    public BlueskySourceType() {
        this(URI.create("https://public.api.bsky.app"));
    }

    /** A type that asks another AppView (tests: a loopback server). */
    BlueskySourceType(URI appView) {
        this.appView = appView;
    }

    @Override
    public Optional<SourceLocation> recognize(String location) {
        return BlueskyActor.parse(location)
                .map(actor -> new SourceLocation("bsky:" + actor, BlueskyFeedReader.NETWORK, "@" + actor));
    }

    @Override
    public FetchResult fetch(SourceState source, FetchContext context) throws FeedException {
        String actor = BlueskyActor.parse(source.location()).orElseThrow(() -> new FeedException(Kind.MALFORMED,
                "\"" + source.location() + "\" is not a Bluesky handle or DID"));
        URI feed = appView.resolve("/xrpc/app.bsky.feed.getAuthorFeed?actor="
                + URLEncoder.encode(actor, StandardCharsets.UTF_8) + "&limit=" + PAGE);
        JsonNode answer;
        try {
            answer = JsonContent.read(context.http().get(feed, null, null, "application/json").body(),
                    feed.toString(), "a Bluesky author feed");
        } catch (FeedException e) {
            if (e.httpStatus() == 400 || e.kind() == Kind.NOT_FOUND) {
                throw new FeedException(Kind.NOT_FOUND, "Bluesky does not know the account " + actor
                        + " (HTTP " + e.httpStatus() + ")", null, e, e.httpStatus());
            }
            throw e;
        }
        return toFetchResult(answer, feed.toString(), source.cursor());
    }

    private static FetchResult toFetchResult(JsonNode answer, String origin, String cursor) throws FeedException {
        JsonNode items = answer.path("feed");
        if (!items.isArray()) {
            throw new FeedException(Kind.MALFORMED, origin + " is not a Bluesky author feed (no \"feed\" list)");
        }
        ItemProblems problems = new ItemProblems(origin);
        BlueskyFeedReader reader = new BlueskyFeedReader();
        var posts = reader.read(items, cursor, problems);
        return new FetchResult(false, posts, problems.list(), null, null,
                reader.newest() != null ? reader.newest() : cursor);
    }

    @Override
    public boolean canParse(String name, byte[] head) {
        String text = Heads.text(head);
        return text.startsWith("{") && text.contains("\"feed\"")
                && (text.contains("app.bsky") || text.contains("\"at://"));
    }

    @Override
    public ParseResult parse(byte[] content, String origin) throws FeedException {
        FetchResult read = toFetchResult(JsonContent.read(content, origin, "a Bluesky author feed"), origin, null);
        return new ParseResult(read.posts(), read.problems());
    }
}
