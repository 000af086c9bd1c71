package org.rapport.feed.internal.sources.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.rapport.feed.internal.sources.Heads;
import org.rapport.feed.internal.sources.ItemProblems;
import org.rapport.feed.internal.sources.JsonContent;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp;
import org.rapport.feed.sources.FeedSourceType;
import org.rapport.feed.sources.FetchContext;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Mastodon: an account's public statuses ({@code user@instance}) or a hashtag timeline ({@code #tag@instance}), read
 * without a token from the instance's API, and saved status lists ({@code [Status, ...]} as the API returns them).
 * Before a hashtag timeline it reads the instance's {@code configuration.timelines_access} (Mastodon 4.5+) and says so
 * when the instance requires a login. The cursor is the newest status id ({@code since_id} next time).
 */
public class MastodonSourceType implements FeedSourceType {

    static final String JSON = "application/json";
    private static final int PAGE = 40;

    private final Function<String, URI> baseOf;
    private final ReplyIndex replies = new ReplyIndex(20_000);

    /** The type the extension registry creates: instances over https. */
    public MastodonSourceType() {
        this(instance -> URI.create("https://" + instance));
    }

    /** A type that reaches an instance at the given base address (tests map instances to a loopback server). */
    MastodonSourceType(Function<String, URI> baseOf) {
        this.baseOf = baseOf;
    }

    @Override
    public Optional<SourceLocation> recognize(String location) {
        return MastodonLocation.parse(location)
                .map(l -> new SourceLocation(l.location(), MastodonStatusReader.NETWORK, l.displayName()));
    }

    @Override
    public FetchResult fetch(SourceState source, FetchContext context) throws FeedException {
        MastodonLocation where = MastodonLocation.parse(source.location()).orElseThrow(() -> new FeedException(
                Kind.MALFORMED, "\"" + source.location() + "\" is not a Mastodon account or hashtag"));
        URI base = baseOf.apply(where.instance());
        FeedHttp http = context.http();
        String since = source.cursor() == null ? "" : "&since_id=" + encode(source.cursor());
        URI statuses;
        if (where.hashtag()) {
            String scope = TimelinesAccess.read(http, base, where.instance()).hashtagScope(where);
            statuses = base.resolve("/api/v1/timelines/tag/" + encode(where.name()) + "?limit=" + PAGE + since + scope);
        } else {
            String id = accountId(http, base, where);
            checkCanceled(context);
            statuses = base.resolve("/api/v1/accounts/" + encode(id) + "/statuses?limit=" + PAGE
                    + "&exclude_replies=false" + since);
        }
        checkCanceled(context);
        FeedHttp.Response response;
        try {
            response = http.get(statuses, null, null, JSON);
        } catch (FeedException e) {
            throw loginRequired(e, where);
        }
        JsonNode array = JsonContent.read(response.body(), statuses.toString(), "a Mastodon status list");
        if (!array.isArray()) {
            throw new FeedException(Kind.MALFORMED, where.instance() + " did not answer with a status list for "
                    + where.displayName() + " (" + statuses + ")");
        }
        ItemProblems problems = new ItemProblems(statuses.toString());
        MastodonStatusReader reader = new MastodonStatusReader(where.instance(), replies);
        var posts = reader.read(array, problems);
        String cursor = reader.newestId() == null ? source.cursor()
                : source.cursor() == null || MastodonStatusReader.newer(reader.newestId(), source.cursor())
                        ? reader.newestId() : source.cursor();
        return new FetchResult(false, posts, problems.list(), null, null, cursor);
    }

    private static String accountId(FeedHttp http, URI base, MastodonLocation where) throws FeedException {
        URI lookup = base.resolve("/api/v1/accounts/lookup?acct=" + encode(where.name()));
        try {
            JsonNode account = JsonContent.read(http.get(lookup, null, null, JSON).body(), lookup.toString(),
                    "a Mastodon account");
            String id = JsonContent.text(account, "id");
            if (id == null) {
                throw new FeedException(Kind.MALFORMED, where.instance() + " answered the lookup of "
                        + where.displayName() + " without an account id");
            }
            return id;
        } catch (FeedException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                throw new FeedException(Kind.NOT_FOUND, "There is no account " + where.displayName() + " on "
                        + where.instance(), null, e, e.httpStatus());
            }
            throw loginRequired(e, where);
        }
    }

    private static FeedException loginRequired(FeedException e, MastodonLocation where) {
        int status = e.httpStatus();
        if (e.kind() == Kind.LOGIN_REQUIRED || status == 401 || status == 403 || status == 422) {
            return new FeedException(Kind.LOGIN_REQUIRED, "The instance " + where.instance()
                    + " requires a login to read " + (where.hashtag() ? "the hashtag timeline " : "the posts of ")
                    + where.displayName() + " (HTTP " + status + "); Rapport reads public timelines without one",
                    null, e, status);
        }
        return e;
    }

    private static void checkCanceled(FetchContext context) throws FeedException {
        if (context.isCanceled()) {
            throw new FeedException(Kind.NETWORK, "The fetch was cancelled");
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public boolean canParse(String name, byte[] head) {
        String text = Heads.text(head);
        return text.startsWith("[") && text.contains("\"created_at\"")
                && (text.contains("\"acct\"") || text.contains("\"account\""));
    }

    @Override
    public ParseResult parse(byte[] content, String origin) throws FeedException {
        JsonNode array = JsonContent.read(content, origin, "a Mastodon status list");
        if (!array.isArray()) {
            throw new FeedException(Kind.MALFORMED, origin + " is JSON but not a list of Mastodon statuses "
                    + "(it should start with [ as /api/v1/accounts/:id/statuses answers)");
        }
        ItemProblems problems = new ItemProblems(origin);
        List<org.rapport.feed.sources.FetchedPost> posts = new MastodonStatusReader(null, replies).read(array,
                problems);
        return new ParseResult(posts, problems.list());
    }
}
