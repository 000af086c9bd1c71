package org.rapport.feed.internal.sources.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.feed.internal.http.BasicFetchContext;
import org.rapport.feed.internal.http.JdkFeedHttp;
import org.rapport.feed.internal.http.LoopbackServer;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseProblem;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceState;

/** RSS 2.0 and Atom 1.0 as a rep imports or polls them, and the XML a feed must never be able to use against Rapport. */
class RssSourceTypeTest {

    private final RssSourceType rss = new RssSourceType();

    @Test
    void anRssFeedGivesPostsWithAuthorsTextAndLinksAndReportsUndatedItemsWithTheirLine() throws Exception {
        ParseResult read = rss.parse(LoopbackServer.data("rss2.xml"), "rss2.xml");

        assertEquals(List.of("acme-2026-0001", "https://blog.acme.example/spring-sale",
                "https://blog.acme.example/note"), read.posts().stream().map(FetchedPost::externalId).toList(),
                "guid, else link");
        FetchedPost late = read.posts().get(0);
        assertEquals("rss", late.network());
        assertEquals("jo@acme.example", late.author().handle());
        assertEquals("jo@acme.example", late.author().email(), "an author email is matched to contacts");
        assertEquals("Jo Example", late.author().displayName());
        assertEquals("Widget 3 is late\n\nWe’re sorry & we know it.\n\nRead the status page "
                + "(https://status.acme.example/w3) or https://acme.example.", late.text());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), late.published());
        assertEquals("https://blog.acme.example/widget-3-late", late.url());
        assertEquals("en-gb", late.language());
        assertEquals(List.of("widgets"), late.tags());
        assertTrue(late.rawPayload().contains("acme-2026-0001"), "the item's XML is kept for rescoring");

        assertEquals("sam seller", read.posts().get(1).author().handle(), "dc:creator");
        assertEquals(Instant.parse("2026-03-01T07:30:00Z"), read.posts().get(1).published());
        FetchedPost anonymous = read.posts().get(2);
        assertEquals("blog.acme.example", anonymous.author().handle(), "attributed to the feed's site");
        assertEquals("Acme Widgets Blog", anonymous.author().displayName());

        List<ParseProblem> problems = read.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("item 4 (line 30)", problems.get(0).where());
        assertEquals("published", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("has no date"), problems.get(0).message());
        assertEquals("item 5 (line 35)", problems.get(1).where());
        assertTrue(problems.get(1).message().contains("\"yesterday-ish\""), problems.get(1).message());
    }

    @Test
    void anAtomFeedIsReadOnTheSameNetworkWithTheAuthorsEmail() throws Exception {
        FetchedPost post = rss.parse(LoopbackServer.data("atom.xml"), "atom.xml").posts().get(0);
        assertEquals("tag:ada.example,2026:support", post.externalId());
        assertEquals("rss", post.network());
        assertEquals("ada@example.org", post.author().email());
        assertEquals("Ada Lovelace", post.author().displayName());
        assertEquals("Support was great\n\nThanks to Acme support.", post.text());
        assertEquals(Instant.parse("2026-03-02T09:30:00Z"), post.published(), "updated when nothing is published");
    }

    @Test
    void anEntityThatReadsAFileIsRefusedAndNothingOfTheFileAppears() {
        FeedException e = assertThrows(FeedException.class,
                () -> rss.parse(LoopbackServer.data("xxe-file.xml"), "xxe-file.xml"));
        assertEquals(Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains("declares a DOCTYPE (line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no line of /etc/passwd in the message");
    }

    @Test
    void anEntityBombEndsInAClearErrorWellUnderASecond() {
        long started = System.nanoTime();
        FeedException e = assertThrows(FeedException.class,
                () -> rss.parse(LoopbackServer.data("billion-laughs.xml"), "bomb.xml"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(e.getMessage().startsWith("bomb.xml declares a DOCTYPE"), e.getMessage());
        assertTrue(millis < 500, "took " + millis + " ms");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.serve("/evil.dtd", "application/xml-dtd",
                    "<!ENTITY x \"boom\">".getBytes(StandardCharsets.UTF_8));
            String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + server.uri("/evil.dtd") + "\">\n"
                    + "<rss version=\"2.0\"><channel><title>t &x;</title></channel></rss>";
            server.serve("/feed.xml", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
            try (JdkFeedHttp http = new JdkFeedHttp()) {
                FeedException e = assertThrows(FeedException.class, () -> rss.fetch(
                        new SourceState(1, server.uri("/feed.xml").toString(), null, null, null),
                        new BasicFetchContext(http)));
                assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            }
            assertEquals(1, server.requests("/feed.xml").size());
            assertTrue(server.requests("/evil.dtd").isEmpty(), "the DTD's address was never requested");
        }
    }

    @Test
    void truncatedAndWronglyEncodedFilesAreRefusedSayingWhere() throws Exception {
        byte[] whole = LoopbackServer.data("rss2.xml");
        FeedException cut = assertThrows(FeedException.class,
                () -> rss.parse(Arrays.copyOf(whole, whole.length / 2), "half.xml"));
        assertTrue(cut.getMessage().contains("ends before the XML is complete"), cut.getMessage());

        byte[] latin1 = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Caf\u00e9</title>\n"
                + "<item><title>Cr\u00e8me</title><guid>1</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate>"
                + "</item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);
        FeedException undeclared = assertThrows(FeedException.class, () -> rss.parse(latin1, "latin1.xml"));
        assertTrue(undeclared.getMessage().contains("is not valid UTF-8 at line 2"), undeclared.getMessage());
        assertTrue(undeclared.getMessage().contains("declares no encoding"), undeclared.getMessage());

        byte[] declared = new String(latin1, StandardCharsets.ISO_8859_1)
                .replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                .getBytes(StandardCharsets.ISO_8859_1);
        FetchedPost post = rss.parse(declared, "latin1.xml").posts().get(0);
        assertEquals("Cr\u00e8me", post.text(), "a declared encoding is honoured");
        assertEquals("caf\u00e9", post.author().handle(), "attributed to the feed by its title");

        FeedException html = assertThrows(FeedException.class, () -> rss.parse(
                "<html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8), "page.html"));
        assertTrue(html.getMessage().contains("not an RSS or Atom feed (its root element is <html>)"),
                html.getMessage());
    }

    @Test
    void pollingSendsTheValidatorsAndA304ReadsNothing() throws Exception {
        try (LoopbackServer server = new LoopbackServer(); JdkFeedHttp http = new JdkFeedHttp()) {
            byte[] feed = LoopbackServer.data("atom.xml");
            server.route("/atom", exchange -> {
                if ("\"a1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    LoopbackServer.send(exchange, 304, null, new byte[0]);
                } else {
                    exchange.getResponseHeaders().set("ETag", "\"a1\"");
                    LoopbackServer.send(exchange, 200, "application/atom+xml; charset=utf-8", feed);
                }
            });
            String location = rss.recognize(server.uri("/atom").toString()).orElseThrow().location();
            var context = new BasicFetchContext(http, Clock.systemUTC(), () -> false);
            FetchResult first = rss.fetch(new SourceState(1, location, null, null, null), context);
            assertEquals(1, first.posts().size());
            assertEquals("\"a1\"", first.etag());
            FetchResult second = rss.fetch(new SourceState(1, location, first.etag(), null, null), context);
            assertTrue(second.notModified());
            assertTrue(second.posts().isEmpty());
            assertEquals("\"a1\"", second.etag(), "validators kept for the next poll");
        }
    }

    @Test
    void webAddressesAreNormalisedAndOtherTextIsLeftToOtherTypes() {
        assertEquals("https://blog.example.org/feed?x=1",
                rss.recognize(" HTTPS://Blog.Example.org:443/feed?x=1 ").orElseThrow().location());
        assertEquals("blog.example.org", rss.recognize("https://blog.example.org").orElseThrow().displayName());
        assertTrue(rss.recognize("@ada@mastodon.social").isEmpty());
        assertTrue(rss.recognize("ftp://files.example.org/feed").isEmpty());
        assertTrue(rss.canParse("x", "\uFEFF  <?xml version=\"1.0\"?><rss>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(rss.canParse("page.html", "<html><body>".getBytes(StandardCharsets.UTF_8)));
    }
}
