package org.rapport.feed.internal.sources.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.feed.internal.http.BasicFetchContext;
import org.rapport.feed.internal.http.JdkFeedHttp;
import org.rapport.feed.internal.http.LoopbackServer;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceState;

/** Mastodon accounts and hashtags from an instance on the loopback interface, and saved status lists. */
class MastodonSourceTypeTest {

    private LoopbackServer server;
    private JdkFeedHttp http;
    private MastodonSourceType mastodon;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        http = new JdkFeedHttp();
        URI base = server.uri("/");
        mastodon = new MastodonSourceType(instance -> instance.equals("mastodon.example") ? base
                : URI.create("http://127.0.0.1:9/"));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void anAccountsStatusesAreReadWithBoostsAsTheOriginalAuthorsWordsAndHandlesAsUserAtInstance() throws Exception {
        server.serve("/api/v1/accounts/lookup", "application/json",
                "{\"id\":\"5\",\"username\":\"ada\",\"acct\":\"ada\"}".getBytes(StandardCharsets.UTF_8));
        server.serve("/api/v1/accounts/5/statuses", "application/json", LoopbackServer.data("mastodon-statuses.json"));

        String location = mastodon.recognize("@Ada@Mastodon.Example").orElseThrow().location();
        assertEquals("ada@mastodon.example", location);
        FetchResult result = mastodon.fetch(new SourceState(1, location, null, null, null), new BasicFetchContext(http));

        assertEquals("acct=ada", server.requests("/api/v1/accounts/lookup").get(0).query());
        assertEquals("limit=40&exclude_replies=false", server.requests("/api/v1/accounts/5/statuses").get(0).query());
        assertEquals(3, result.posts().size());
        FetchedPost boost = result.posts().get(0);
        assertEquals("https://other.example/users/bob/statuses/99", boost.externalId(), "the boosted status itself");
        assertEquals("bob@other.example", boost.author().handle(), "the original author, not the booster");
        assertEquals("The new #Acme widget broke on day one & support never answered.", boost.text());
        assertEquals("carol@mastodon.example", boost.repostedBy().handle(), "a local acct gets its instance");
        assertEquals(1200, boost.author().followers());
        assertEquals(List.of("acme"), boost.tags());
        assertEquals(10, boost.reposts());
        assertTrue(boost.rawPayload().contains("\"reblog\""));

        FetchedPost reply = result.posts().get(1);
        FetchedPost question = result.posts().get(2);
        assertEquals(question.externalId(), reply.inReplyTo(), "a reply points at its parent's uri");
        assertEquals(question.externalId(), reply.root());
        assertNull(question.inReplyTo());
        assertEquals(List.of("ada@mastodon.example", "bob@other.example"),
                reply.mentions().stream().map(AuthorIdentity::handle).toList());
        assertEquals("@ada and @bob see https://acme.example/status/widgets", reply.text(),
                "a shortened link is written out in full");
        assertEquals(Instant.parse("2026-03-02T09:10:00Z"), reply.published());
        assertEquals("en", reply.language());

        assertEquals(1, result.problems().size());
        assertEquals("$[3].created_at", result.problems().get(0).where());
        assertEquals("113000000000000004", result.cursor(), "the newest status id, boosts included");

        mastodon.fetch(new SourceState(1, location, null, null, result.cursor()), new BasicFetchContext(http));
        assertTrue(server.requests("/api/v1/accounts/5/statuses").get(1).query()
                .contains("since_id=113000000000000004"), "the next poll asks only for newer statuses");
    }

    @Test
    void aHashtagOnAnInstanceThatRequiresALoginSaysSoAndReadsNothing() {
        server.serve("/api/v2/instance", "application/json", ("{\"domain\":\"mastodon.example\",\"configuration\":"
                + "{\"timelines_access\":{\"live_feeds\":{\"local\":\"authenticated\",\"remote\":\"disabled\"},"
                + "\"hashtag_feeds\":{\"local\":\"authenticated\",\"remote\":\"authenticated\"}}}}")
                .getBytes(StandardCharsets.UTF_8));
        String location = mastodon.recognize("https://mastodon.example/tags/Acme").orElseThrow().location();
        assertEquals("#acme@mastodon.example", location);

        FeedException e = assertThrows(FeedException.class,
                () -> mastodon.fetch(new SourceState(2, location, null, null, null), new BasicFetchContext(http)));
        assertEquals(Kind.LOGIN_REQUIRED, e.kind());
        assertTrue(e.getMessage().contains("The instance mastodon.example requires a login to read hashtag timelines"),
                e.getMessage());
        assertTrue(server.requests("/api/v1/timelines/tag/acme").isEmpty());
    }

    @Test
    void aHashtagOpenOnlyForLocalPostsIsReadLocallyAndARefusedTimelineAsksForALogin() throws Exception {
        server.serve("/api/v2/instance", "application/json", ("{\"configuration\":{\"timelines_access\":"
                + "{\"hashtag_feeds\":{\"local\":\"public\",\"remote\":\"authenticated\"}}}}")
                .getBytes(StandardCharsets.UTF_8));
        server.serve("/api/v1/timelines/tag/acme", "application/json", "[]".getBytes(StandardCharsets.UTF_8));
        mastodon.fetch(new SourceState(2, "#acme@mastodon.example", null, null, null), new BasicFetchContext(http));
        assertEquals("limit=40&local=true", server.requests("/api/v1/timelines/tag/acme").get(0).query());

        server.route("/api/v1/timelines/tag/acme", exchange -> LoopbackServer.send(exchange, 422, "application/json",
                "{\"error\":\"This method requires an authenticated user\"}".getBytes(StandardCharsets.UTF_8)));
        FeedException e = assertThrows(FeedException.class, () -> mastodon.fetch(
                new SourceState(2, "#acme@mastodon.example", null, null, null), new BasicFetchContext(http)));
        assertEquals(Kind.LOGIN_REQUIRED, e.kind());
        assertTrue(e.getMessage().contains("mastodon.example requires a login"), e.getMessage());
    }

    @Test
    void anUnknownAccountIsNotFound() {
        FeedException e = assertThrows(FeedException.class, () -> mastodon.fetch(
                new SourceState(3, "nobody@mastodon.example", null, null, null), new BasicFetchContext(http)));
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals("There is no account @nobody@mastodon.example on mastodon.example", e.getMessage());
    }

    @Test
    void aSavedStatusListIsImportedAndATruncatedOneRefusedWhole() throws Exception {
        byte[] json = LoopbackServer.data("mastodon-statuses.json");
        assertTrue(mastodon.canParse("statuses.json", Arrays.copyOf(json, 4096)));
        ParseResult read = mastodon.parse(json, "statuses.json");
        assertEquals(3, read.posts().size());
        assertEquals("ada@mastodon.example", read.posts().get(1).author().handle(),
                "the instance of a local acct is taken from its profile address");
        assertEquals("statuses.json, $[3].created_at, published: has no date (created_at); skipped",
                read.problems().get(0).toString());

        FeedException cut = assertThrows(FeedException.class,
                () -> mastodon.parse(Arrays.copyOf(json, json.length - 40), "cut.json"));
        assertEquals(Kind.MALFORMED, cut.kind());
        assertTrue(cut.getMessage().startsWith("cut.json ends in the middle of the JSON at line"), cut.getMessage());
        FeedException notJson = assertThrows(FeedException.class,
                () -> mastodon.parse("{\"statuses\": [}".getBytes(StandardCharsets.UTF_8), "odd.json"));
        assertTrue(notJson.getMessage().contains("odd.json is not well-formed JSON at line 1, column 15"),
                notJson.getMessage());
    }

    @Test
    void locationsInEveryFormAUserTypes() {
        assertEquals("ada@mastodon.social", mastodon.recognize("https://mastodon.social/@Ada").orElseThrow()
                .location());
        assertEquals("bob@other.example", mastodon.recognize("https://mastodon.social/@bob@other.example")
                .orElseThrow().location(), "a remote profile viewed on another instance");
        assertEquals("#acme@mastodon.social", mastodon.recognize("#Acme@mastodon.social").orElseThrow().location());
        assertEquals("@ada@mastodon.social", mastodon.recognize("ada@mastodon.social").orElseThrow().displayName());
        assertTrue(mastodon.recognize("https://blog.example.org/feed.xml").isEmpty());
        assertTrue(mastodon.recognize("bsky:ada.bsky.social").isEmpty());
    }
}
