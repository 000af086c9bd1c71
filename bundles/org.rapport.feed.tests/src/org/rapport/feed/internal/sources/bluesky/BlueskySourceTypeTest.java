package org.rapport.feed.internal.sources.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.feed.internal.http.BasicFetchContext;
import org.rapport.feed.internal.http.JdkFeedHttp;
import org.rapport.feed.internal.http.LoopbackServer;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.SourceState;

/** Bluesky author feeds from an AppView on the loopback interface, and saved getAuthorFeed answers. */
class BlueskySourceTypeTest {

    @Test
    void anAuthorFeedGivesRepostsAsTheOriginalRepliesWithTheirThreadAndMentionsByHandle() throws Exception {
        try (LoopbackServer server = new LoopbackServer(); JdkFeedHttp http = new JdkFeedHttp()) {
            server.serve("/xrpc/app.bsky.feed.getAuthorFeed", "application/json",
                    LoopbackServer.data("bluesky-author-feed.json"));
            BlueskySourceType bluesky = new BlueskySourceType(server.uri("/"));
            String location = bluesky.recognize("https://bsky.app/profile/Ada.bsky.social").orElseThrow().location();
            assertEquals("bsky:ada.bsky.social", location);

            FetchResult result = bluesky.fetch(new SourceState(1, location, null, null, null),
                    new BasicFetchContext(http));
            assertEquals("actor=ada.bsky.social&limit=50",
                    server.requests("/xrpc/app.bsky.feed.getAuthorFeed").get(0).query());
            assertEquals(2, result.posts().size());

            FetchedPost repost = result.posts().get(0);
            assertEquals("at://did:plc:bobbobbobbobbobbobbobbob/app.bsky.feed.post/3kbob1", repost.externalId());
            assertEquals("bob.bsky.social", repost.author().handle(), "the original author, not the reposter");
            assertEquals("did:plc:bobbobbobbobbobbobbobbob", repost.author().did());
            assertEquals("ada.bsky.social", repost.repostedBy().handle());
            assertEquals("Acme support is terrible, see https://status.acme.example/w3/incident", repost.text(),
                    "the link the app shortened is written out in full");
            assertEquals("https://bsky.app/profile/bob.bsky.social/post/3kbob1", repost.url());
            assertEquals(9, repost.likes());
            assertNull(repost.inReplyTo());

            FetchedPost reply = result.posts().get(1);
            assertEquals(repost.externalId(), reply.inReplyTo());
            assertEquals(repost.externalId(), reply.root());
            assertEquals(List.of("bob.bsky.social"), reply.mentions().stream().map(AuthorIdentity::handle).toList());
            assertEquals("did:plc:bobbobbobbobbobbobbobbob", reply.mentions().get(0).did());
            assertEquals(List.of("acme"), reply.tags());
            assertEquals("en", reply.language());

            assertEquals("$.feed[2].post.record.createdAt", result.problems().get(0).where());
            assertEquals("2026-03-02T09:30:00.000Z", result.cursor(), "the newest time an item appeared");

            FetchResult again = bluesky.fetch(new SourceState(1, location, null, null, result.cursor()),
                    new BasicFetchContext(http));
            assertTrue(again.posts().isEmpty(), "what an earlier poll read is not read again");
        }
    }

    @Test
    void anUnknownActorIsNotFoundAndSavedFeedsAreDetected() throws Exception {
        try (LoopbackServer server = new LoopbackServer(); JdkFeedHttp http = new JdkFeedHttp()) {
            server.route("/xrpc/app.bsky.feed.getAuthorFeed", exchange -> LoopbackServer.send(exchange, 400,
                    "application/json", "{\"error\":\"InvalidRequest\",\"message\":\"Profile not found\"}"
                            .getBytes(StandardCharsets.UTF_8)));
            BlueskySourceType bluesky = new BlueskySourceType(server.uri("/"));
            FeedException e = assertThrows(FeedException.class, () -> bluesky.fetch(
                    new SourceState(1, "bsky:nobody.example", null, null, null), new BasicFetchContext(http)));
            assertEquals(Kind.NOT_FOUND, e.kind());
            assertTrue(e.getMessage().startsWith("Bluesky does not know the account nobody.example"));

            byte[] saved = LoopbackServer.data("bluesky-author-feed.json");
            assertTrue(bluesky.canParse("feed.json", saved));
            assertEquals(2, bluesky.parse(saved, "feed.json").posts().size());
            assertEquals("bsky:did:plc:adaadaadaadaadaadaadaada",
                    bluesky.recognize("at://did:plc:adaadaadaadaadaadaadaada").orElseThrow().location());
            assertTrue(bluesky.recognize("@ada@mastodon.social").isEmpty());
        }
    }
}
