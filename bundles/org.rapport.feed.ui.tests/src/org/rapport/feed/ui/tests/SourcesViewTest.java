package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.feed.FeedService;
import org.rapport.feed.FeedSource;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SourceService;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.sources.SourcesView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

import com.sun.net.httpserver.HttpServer;

/** The Sources view shows each source's state, and a feed added in it is polled at once. */
@ExtendWith(ScreenshotOnFailure.class)
class SourcesViewTest {

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theSourcesAndTheirStateAreThoseOfTheService() throws Exception {
        FeedDriver.waitForDemoData();
        SourcesView view = FeedDriver.view(FeedUi.SOURCES_VIEW_ID, SourcesView.class);
        FeedDriver.idle(view::isReading, "the sources");
        List<FeedSource> expected = FeedDriver.service(SourceService.class).sources();
        assertEquals(expected.stream().map(FeedSource::id).toList(), view.sources().stream().map(FeedSource::id).toList(),
                "the sources of the service, by name");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).name(), view.table().getItem(i).getText(0));
            assertEquals(SourcesView.state(expected.get(i)), view.table().getItem(i).getText(1), "its state");
            assertEquals(String.format("%,d", expected.get(i).postCount()), view.table().getItem(i).getText(4), "its posts");
        }
    }

    @Test
    void aFeedAddedInTheViewIsPolledAndItsPostsAreInTheStream() throws Exception {
        FeedDriver.waitForDemoData();
        String marker = "loopfeed" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String location = serve(marker);
        SourcesView view = FeedDriver.view(FeedUi.SOURCES_VIEW_ID, SourcesView.class);
        FeedDriver.idle(view::isReading, "the sources");
        FeedDriver.whenShown("Add a Source", shell -> {
            Text field = UiTestSupport.descendants(shell, Text.class).stream()
                    .filter(t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0).findFirst().orElseThrow();
            field.setText(location);
            FeedDriver.press(shell, "Add");
        });
        view.addSource();
        SourceService sources = FeedDriver.service(SourceService.class);
        UiTestSupport.spinUntil(() -> added(sources, marker).map(s -> s.lastPoll() != null).orElse(false),
                Duration.ofSeconds(60), () -> "the added feed was polled: " + view.status());
        FeedSource source = added(sources, marker).orElseThrow();
        assertEquals(null, source.lastError(), "the poll succeeded");
        assertEquals(2, source.postCount(), "both items are stored");
        assertEquals(2, FeedDriver.service(FeedService.class).count(PostQuery.ALL.withTerm(marker)),
                "the posts are in the feed");
        UiTestSupport.spinUntil(() -> view.sources().stream().anyMatch(s -> s.id() == source.id() && s.postCount() == 2),
                () -> "the view shows the polled source");
        FeedDriver.screenshot("social-feed-sources.png");
    }

    private static Optional<FeedSource> added(SourceService sources, String marker) {
        return sources.sources().stream().filter(s -> s.location().contains(marker)).findFirst();
    }

    /** Serves an RSS 2.0 feed of two items on the loopback interface; returns its address. */
    private String serve(String marker) throws IOException {
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback %1$s</title><link>http://127.0.0.1/</link>
                <description>test</description>
                <item><title>First</title><guid>urn:%1$s:1</guid><author>ann@example.org (Ann Example)</author>
                <pubDate>%2$s</pubDate><description>%1$s the first post is great</description></item>
                <item><title>Second</title><guid>urn:%1$s:2</guid><author>bob@example.org (Bob Example)</author>
                <pubDate>%2$s</pubDate><description>%1$s the second post is awful</description></item>
                </channel></rss>
                """.formatted(marker, now);
        byte[] body = rss.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/" + marker + ".xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + marker + ".xml";
    }
}
