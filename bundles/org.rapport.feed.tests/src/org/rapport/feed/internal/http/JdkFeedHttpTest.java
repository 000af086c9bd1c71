package org.rapport.feed.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;
import org.rapport.feed.sources.FeedHttp.Response;

/** Fetching over a real HTTP server on the loopback interface, as polling a feed does. */
class JdkFeedHttpTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private LoopbackServer server;
    private JdkFeedHttp http;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        // a total time-out far above what a loaded 2-core CI machine needs for a loopback answer; the time-out test
        // makes its own short one
        http = new JdkFeedHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void aSecondPollWithTheValidatorsOfTheFirstGets304AndNoBody() throws Exception {
        byte[] feed = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);
        server.route("/feed.xml", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(exchange, 304, null, new byte[0]);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 02 Mar 2026 09:00:00 GMT");
            LoopbackServer.send(exchange, 200, "application/rss+xml; charset=utf-8", feed);
        });

        Response first = http.get(server.uri("/feed.xml"), null, null, "application/rss+xml");
        assertEquals(200, first.status());
        assertArrayEquals(feed, first.body());
        assertEquals("\"v1\"", first.etag());
        assertEquals("Mon, 02 Mar 2026 09:00:00 GMT", first.lastModified());
        assertEquals("application/rss+xml; charset=utf-8", first.contentType());

        Response second = http.get(server.uri("/feed.xml"), first.etag(), first.lastModified(), null);
        assertTrue(second.notModified(), "the unchanged feed is not downloaded again");
        assertEquals(0, second.body().length);

        LoopbackServer.Request asked = server.requests().get(1);
        assertEquals("\"v1\"", asked.header("If-None-Match"));
        assertEquals("Mon, 02 Mar 2026 09:00:00 GMT", asked.header("If-Modified-Since"));
        assertEquals("Rapport/1.0 (+feed reader)", asked.header("User-Agent"), "servers see who polls them");
        assertEquals("application/rss+xml", server.requests().get(0).header("Accept"));
    }

    @Test
    void tooManyRequestsSaysHowLongToWaitInSecondsOrAsADate() {
        server.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LoopbackServer.send(exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        server.route("/maintenance", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "Mon, 02 Mar 2026 10:01:30 GMT");
            LoopbackServer.send(exchange, 503, "text/plain", new byte[0]);
        });

        FeedException busy = assertThrows(FeedException.class, () -> http.get(server.uri("/busy"), null, null, null));
        assertEquals(Kind.RATE_LIMITED, busy.kind());
        assertEquals(Optional.of(Duration.ofSeconds(120)), busy.retryAfter());
        assertTrue(busy.getMessage().contains("wait 120 s"), busy.getMessage());

        FeedException down = assertThrows(FeedException.class,
                () -> http.get(server.uri("/maintenance"), null, null, null));
        assertEquals(Kind.RATE_LIMITED, down.kind());
        assertEquals(Optional.of(Duration.ofSeconds(90)), down.retryAfter(), "an HTTP-date counts from now");
        assertEquals(503, down.httpStatus());
    }

    @Test
    void missingAndFailingServersAreToldApart() {
        server.route("/gone", exchange -> LoopbackServer.send(exchange, 410, null, new byte[0]));
        server.route("/broken", exchange -> LoopbackServer.send(exchange, 500, "text/plain",
                "oops".getBytes(StandardCharsets.UTF_8)));

        FeedException missing = assertThrows(FeedException.class,
                () -> http.get(server.uri("/nothing-here"), null, null, null));
        assertEquals(Kind.NOT_FOUND, missing.kind());
        assertTrue(missing.getMessage().contains("/nothing-here"), missing.getMessage());
        assertEquals(Kind.NOT_FOUND,
                assertThrows(FeedException.class, () -> http.get(server.uri("/gone"), null, null, null)).kind());

        FeedException broken = assertThrows(FeedException.class,
                () -> http.get(server.uri("/broken"), null, null, null));
        assertEquals(Kind.HTTP_STATUS, broken.kind());
        assertEquals(500, broken.httpStatus());
        assertTrue(broken.getMessage().contains("HTTP 500"), broken.getMessage());
        assertTrue(broken.retryAfter().isEmpty());
    }

    @Test
    void aSlowBodyEndsAtTheTotalTimeOut() {
        server.route("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<rss>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(10_000);
        });
        JdkFeedHttp impatient = new JdkFeedHttp(Duration.ofSeconds(2), Duration.ofMillis(800), 64 * 1024,
                Clock.fixed(NOW, ZoneOffset.UTC));
        long started = System.nanoTime();
        FeedException e = assertThrows(FeedException.class, () -> impatient.get(server.uri("/slow"), null, null, null));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("within 0.8 s"), e.getMessage());
        assertTrue(millis < 3_000, "gave up after " + millis + " ms");
    }

    @Test
    void anEndlessBodyEndsAtTheSizeLimitQuickly() {
        byte[] chunk = "<item><title>again</title></item>\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        server.route("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            while (true) {
                out.write(chunk);
            }
        });
        long started = System.nanoTime();
        FeedException e = assertThrows(FeedException.class,
                () -> http.get(server.uri("/endless"), null, null, null));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains("larger than 65536 bytes"), e.getMessage());
        assertTrue(millis < 4_000, "stopped at the limit, not the 5 s time-out: " + millis + " ms");
    }

    @Test
    void anAnnouncedOversizedBodyIsRefusedBeforeReadingIt() {
        server.route("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            exchange.getResponseBody().write(new byte[1024]);
            exchange.getResponseBody().flush();
            sleep(5_000);
        });
        FeedException e = assertThrows(FeedException.class, () -> http.get(server.uri("/huge"), null, null, null));
        assertTrue(e.getMessage().contains("announced 52428800 bytes"), e.getMessage());
    }

    @Test
    void redirectsAreFollowedToTheFeed() throws Exception {
        server.route("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            LoopbackServer.send(exchange, 301, null, new byte[0]);
        });
        server.serve("/new", "application/atom+xml", "<feed/>".getBytes(StandardCharsets.UTF_8));

        Response moved = http.get(server.uri("/old"), null, null, null);
        assertEquals(200, moved.status());
        assertEquals("<feed/>", new String(moved.body(), StandardCharsets.UTF_8));
        assertEquals(1, server.requests("/new").size());
    }

    @Test
    void onlyWebAddressesAreFetched() {
        FeedException e = assertThrows(FeedException.class,
                () -> http.get(URI.create("file:///etc/passwd"), null, null, null));
        assertEquals(Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains("http and https only, not file:"), e.getMessage());
    }

    @Test
    void anUnreachableServerIsANetworkProblem() throws Exception {
        URI closed;
        try (LoopbackServer gone = new LoopbackServer()) {
            closed = gone.uri("/feed");
        }
        FeedException e = assertThrows(FeedException.class, () -> http.get(closed, null, null, null));
        assertEquals(Kind.NETWORK, e.kind());
        assertNull(e.retryAfter().orElse(null));
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    @Test
    void retryAfterReadsBothFormsAndIgnoresNonsense() {
        assertEquals(Duration.ofSeconds(7), RetryAfter.parse(" 7 ", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Sun, 01 Mar 2026 10:00:00 GMT", NOW), "a past date: now");
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse(null, NOW));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
