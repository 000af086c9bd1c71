package org.rapport.feed.internal.polling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.internal.registry.SourceTypeRegistry;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchContext;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseProblem;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

/**
 * A registry with one source type, {@code script}, as a third-party plugin would contribute it: it recognises
 * {@code script:NAME}, fetches whatever the test scripted for that location (posts, a failure, an exception, a hang),
 * and parses {@code *.script} files of lines {@code id|author|text|published}.
 */
final class ScriptedTypes implements SourceTypeRegistry {

    static final SourceTypeInfo INFO = new SourceTypeInfo("script", "Scripted source", "script", "org.rapport.feed.tests",
            "script:name");

    /** What one fetch does. */
    interface Fetch {
        FetchResult fetch(SourceState state, FetchContext context) throws FeedException;
    }

    final Map<String, Fetch> scripts = new ConcurrentHashMap<>();
    final List<SourceState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final FeedSourceType type = new FeedSourceType() {
        @Override
        public Optional<SourceLocation> recognize(String location) {
            return location.startsWith("script:") ? Optional.of(new SourceLocation(location.trim(), "script",
                    "Script " + location.substring(7))) : Optional.empty();
        }

        @Override
        public FetchResult fetch(SourceState source, FetchContext context) throws FeedException {
            seen.add(source);
            Fetch script = scripts.get(source.location());
            if (script == null) {
                throw new FeedException(FeedException.Kind.NOT_FOUND, "nothing scripted for " + source.location());
            }
            return script.fetch(source, context);
        }

        @Override
        public boolean canParse(String name, byte[] head) {
            return name.endsWith(".script");
        }

        @Override
        public ParseResult parse(byte[] content, String origin) throws FeedException {
            String text = new String(content, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new FeedException(FeedException.Kind.MALFORMED, origin + " is empty");
            }
            List<FetchedPost> posts = new ArrayList<>();
            List<ParseProblem> problems = new ArrayList<>();
            int line = 0;
            for (String row : text.split("\n")) {
                line++;
                String[] cells = row.split("\\|");
                if (cells.length != 4) {
                    problems.add(new ParseProblem(origin, "line " + line, "", "expected id|author|text|published"));
                    continue;
                }
                posts.add(post(cells[0], cells[1], cells[2], Instant.parse(cells[3])));
            }
            return new ParseResult(posts, problems);
        }
    };

    static FetchedPost post(String id, String author, String text, Instant published) {
        return new FetchedPost("script:" + id, "script", new AuthorIdentity("script", author, author, null, null, null, -1),
                text, published, "https://script.example/" + id, "en", null, null, List.of(), List.of(), -1, -1, -1, null,
                null);
    }

    static FetchResult posts(String etag, String cursor, FetchedPost... posts) {
        return new FetchResult(false, List.of(posts), List.of(), etag, null, cursor);
    }

    @Override
    public List<SourceTypeInfo> types() {
        return List.of(INFO);
    }

    @Override
    public Optional<FeedSourceType> type(String id) {
        return id.equals(INFO.id()) ? Optional.of(type) : Optional.empty();
    }

    @Override
    public int pollMinutes(String id) {
        return 15;
    }

    @Override
    public Optional<Recognized> recognize(String location) {
        return type.recognize(location).map(l -> new Recognized(INFO, l));
    }

    @Override
    public Optional<SourceTypeInfo> detect(String name, byte[] head) {
        return type.canParse(name, head) ? Optional.of(INFO) : Optional.empty();
    }
}
