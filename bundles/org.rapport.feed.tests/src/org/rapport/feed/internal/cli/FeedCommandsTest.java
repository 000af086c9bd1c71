package org.rapport.feed.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.CommandLine;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.core.demo.DemoDataService;
import org.rapport.core.people.PersonLookup;

/**
 * Every {@code rapport-cli feed} form as a script sees it, through the {@link CommandLine} service with the real
 * services of the running platform (the test workspace's database), on RSS files and a feed served on loopback. Each
 * test uses words of its own (a random tag), so the tests do not see each other's posts.
 */
class FeedCommandsTest {

    private static final ZonedDateTime FIRST = ZonedDateTime.of(2026, 1, 20, 8, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path temp;
    private final BundleContext context = FrameworkUtil.getBundle(FeedCommandsTest.class).getBundleContext();
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String tag = "zq" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger feedRequests = new AtomicInteger();
    private HttpServer server;
    private volatile String served;

    @BeforeEach
    void serve() throws IOException {
        // demo data loads only into empty domains: load it before any test here stores posts, whichever test runs first
        service(DemoDataService.class).loadWhereEmpty(new NullProgressMonitor());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", this::feed);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        trackers.forEach(ServiceTracker::close);
    }

    /** The served feed with an ETag: a request with the same If-None-Match gets 304. */
    private void feed(HttpExchange exchange) throws IOException {
        feedRequests.incrementAndGet();
        byte[] body = served.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(served.hashCode()) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/feed.xml";
    }

    /** An RSS 2.0 feed with one item per text, an hour apart from 2026-01-20 08:00 UTC, by the given author. */
    private String rss(String author, String... texts) {
        return rss(author, 60, texts);
    }

    /** An RSS 2.0 feed with one item per text, {@code minutes} apart from 2026-01-20 08:00 UTC. */
    private String rss(String author, int minutes, String... texts) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            items.append("<item><title>").append(texts[i]).append("</title><description>").append(texts[i])
                    .append("</description><link>https://news.example/").append(tag).append('/').append(i)
                    .append("</link><guid>https://news.example/").append(tag).append('/').append(i)
                    .append("</guid><author>").append(author).append("</author><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(FIRST.plusMinutes((long) i * minutes)))
                    .append("</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>News " + tag
                + "</title><link>https://news.example/</link><description>test</description>" + items + "</channel></rss>";
    }

    @Test
    void importReadsASavedFeedOnceAndThenFindsEveryPostStored() throws Exception {
        Path file = Files.writeString(temp.resolve("news.xml"), rss("news@example.com (Newsroom)",
                tag + " launch went great", tag + " checkout is broken, terrible", tag + " opening hours"));

        assertEquals(0, cli("feed", "import", file.toString()), stderr());
        assertEquals("Imported " + file + ": 3 read, 3 new, 0 already stored, 0 matched, 1 negative, 0 rejected",
                stdout().strip());

        out.reset();
        assertEquals(0, cli("feed", "import", file.toString(), "--source", "atom"), stderr());
        assertEquals("Imported " + file + ": 3 read, 0 new, 3 already stored, 0 matched, 0 negative, 0 rejected",
                stdout().strip());
    }

    @Test
    void importRefusesWhatIsNoFeedNamingTheInputAndWhy() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "call Ada on Monday");
        Path missing = temp.resolve("gone.xml");

        assertEquals(1, cli("feed", "import", notes.toString()));
        assertTrue(stderr().contains("rapport-cli feed import: " + notes + " is not a feed or export Rapport recognises"),
                stderr());
        assertEquals(1, cli("feed", "import", missing.toString()));
        assertTrue(stderr().contains("rapport-cli feed import: " + missing + " does not exist."), stderr());
        assertEquals(2, cli("feed", "import"));
        assertTrue(stderr().contains("usage: rapport-cli feed import FILE|URL [--source rss|atom|mastodon|bluesky]"),
                stderr());
    }

    @Test
    void addPollAndSourcesShowASourceAndItsStateAndAConditionalGetAddsNothing() {
        served = rss("news@example.com (Newsroom)", tag + " first", tag + " second");

        assertEquals(0, cli("feed", "add", url()), stderr());
        assertTrue(stdout().startsWith("Added source "), stdout());
        String id = stdout().substring("Added source ".length(), stdout().indexOf(':'));
        assertEquals(0, cli("feed", "add", url()), stderr());
        assertTrue(stdout().contains("Already there: source " + id + ": "), stdout());

        out.reset();
        assertPollExit(cli("feed", "poll"));
        String line = stdout().lines().filter(l -> l.contains(" (" + id + "): ")).findFirst().orElseThrow(
                () -> new AssertionError("no line for source " + id + ": " + stdout()));
        assertTrue(line.endsWith(": 2 new, 0 already stored, 0 matched, 0 negative, 0 rejected"), line);
        assertEquals(1, feedRequests.get());

        out.reset();
        assertPollExit(cli("feed", "poll"));
        assertTrue(stdout().lines().anyMatch(l -> l.endsWith(" (" + id + "): not modified")), stdout());
        assertEquals(2, feedRequests.get(), "polled again, with the ETag");

        out.reset();
        assertEquals(0, cli("feed", "sources"), stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(FeedSourcesCommand.TSV_HEADER, lines.get(0));
        String[] cells = lines.stream().filter(l -> l.contains(url())).findFirst().orElseThrow().split("\t", -1);
        assertEquals("rss", cells[1]);
        assertEquals("false", cells[5]);
        assertEquals("0", cells[10], "no failures");
        assertEquals("2", cells[11], "two posts stored");
        assertEquals("", cells[12], "no error");

        assertEquals(1, cli("feed", "add", "gopher://old.example"));
        assertTrue(stderr().contains("rapport-cli feed add: No installed source type reads 'gopher://old.example'; understood: "),
                stderr());
    }

    @Test
    void importFromAUrlAndPostsAsJsonWithTheMatchedContact() throws Exception {
        String email = tag + "@example.com";
        Person ada = new Person("Ada", "Lovelace " + tag);
        ada.getEmails().add(new EmailAddress("work", email));
        long adaId = service(ContactService.class).save(ada).getId();
        // the contacts' search index, which the lookup asks first, learns of a new person in the background
        PersonLookup lookup = service(PersonLookup.class);
        long until = System.currentTimeMillis() + 20_000;
        while (lookup.byEmail(email).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        served = rss(email + " (Ada Lovelace)", tag + " the new release is terrible", tag + " support answered, great");

        assertEquals(0, cli("feed", "import", url()), stderr());
        assertTrue(stdout().contains(": 2 read, 2 new, 0 already stored, 2 matched, 1 negative, 0 rejected"), stdout());

        out.reset();
        assertEquals(0, cli("feed", "posts", "--person", email, "--negative", "--format", "json"), stderr());
        JsonNode posts = new ObjectMapper().readTree(stdout());
        assertEquals(1, posts.size(), stdout());
        JsonNode post = posts.get(0);
        assertEquals("rss", post.get("network").asText());
        assertEquals(adaId, post.get("contact").get("id").asLong());
        assertEquals("Ada Lovelace " + tag, post.get("contact").get("name").asText());
        assertEquals(email, post.get("contact").get("email").asText());
        assertEquals("negative", post.get("label").asText());
        assertTrue(post.get("sentiment").asDouble() < -0.05, stdout());
        assertEquals("2026-01-20T08:00:00Z", post.get("published").asText());
        assertEquals("https://news.example/" + tag + "/0", post.get("url").asText());
        assertTrue(post.get("inReplyTo").isNull());
        assertTrue(post.get("mentions").isArray());
        assertTrue(post.get("text").asText().contains("the new release is terrible"), stdout());
        for (String field : List.of("id", "author", "authorName", "root")) {
            assertTrue(post.has(field), field + " in " + stdout());
        }

        out.reset();
        assertEquals(0, cli("feed", "posts", "--term", tag + " support"), stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(List.of(FeedPostsCommand.TSV_HEADER), lines.subList(0, 1));
        assertEquals(2, lines.size(), stdout());
        assertTrue(lines.get(1).contains("\tAda Lovelace " + tag + "\tpositive\t"), lines.get(1));

        assertEquals(1, cli("feed", "posts", "--person", "nobody-" + email));
        assertTrue(stderr().contains("no contact has the email address nobody-" + email), stderr());
    }

    @Test
    void aWatchedTermRaisesAnAlertListedWithItsPosts() throws Exception {
        String term = tag + "brand";
        assertEquals(0, cli("feed", "watch", term), stderr());
        assertTrue(stdout().startsWith("Watching '" + term + "'"), stdout());
        String[] complaints = new String[6];
        for (int i = 0; i < complaints.length; i++) {
            complaints[i] = term + " is terrible, broken again " + i;
        }
        // six complaints between 08:00 and 08:50: more than five in an hour
        Path file = Files.writeString(temp.resolve("complaints.xml"), rss("news@example.com (Newsroom)", 10, complaints));
        assertEquals(0, cli("feed", "import", file.toString()), stderr());

        out.reset();
        assertEquals(0, cli("feed", "alerts", "--format", "json"), stderr());
        JsonNode alerts = new ObjectMapper().readTree(stdout());
        JsonNode alert = null;
        for (JsonNode candidate : alerts) {
            if (candidate.has("term") && candidate.get("term").asText().equals(term)) {
                alert = candidate;
            }
        }
        assertNotNull(alert, stdout());
        assertTrue(alert.get("negative").asInt() >= 5, stdout());
        assertTrue(alert.get("from").asText().startsWith("2026-01-20T"), stdout());
        assertTrue(alert.get("to").asText().startsWith("2026-01-20T"), stdout());
        assertEquals(alert.get("negative").asInt(), alert.get("posts").size());
        assertTrue(alert.get("posts").get(0).asText().startsWith("https://news.example/" + tag + "/"), stdout());

        out.reset();
        assertEquals(0, cli("feed", "alerts"), stderr());
        assertEquals(FeedAlertsCommand.TSV_HEADER, stdout().lines().findFirst().orElseThrow());
        assertTrue(stdout().lines().anyMatch(l -> l.contains("\t" + term + "\t")), stdout());
    }

    /** Exit 0 when every source polled well, 1 when one failed (the workspace may hold other tests' sources). */
    private void assertPollExit(int exit) {
        assertEquals(stdout().contains(": failed: ") ? 1 : 0, exit, stdout() + stderr());
    }

    @Test
    void theDemoSourcesArePausedAndTheDemoBrandsNegativeBurstIsAnAlert() throws Exception {
        assertEquals(0, cli("feed", "sources"), stderr());
        for (String location : List.of("https://news.bluefjord.example/feed.xml", "bluefjord@mastodon.example",
                "bsky:bluefjord.example")) {
            String row = stdout().lines().filter(l -> l.split("\t")[4].equals(location)).findFirst()
                    .orElseThrow(() -> new AssertionError(location + " in " + stdout()));
            assertEquals("true", row.split("\t")[5], "paused: " + row);
        }

        out.reset();
        assertEquals(0, cli("feed", "alerts", "--format", "json"), stderr());
        JsonNode blueFjord = null;
        for (JsonNode alert : new ObjectMapper().readTree(stdout())) {
            if (alert.path("term").asText().equals("Blue Fjord")) {
                blueFjord = alert;
            }
        }
        assertNotNull(blueFjord, "the demo burst raised an alert: " + stdout());
        assertTrue(blueFjord.get("negative").asInt() >= 5, stdout());
    }

    private int cli(String... args) {
        return service(CommandLine.class).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
