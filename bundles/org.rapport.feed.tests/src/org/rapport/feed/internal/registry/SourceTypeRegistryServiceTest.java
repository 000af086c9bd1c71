package org.rapport.feed.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.feed.SourceTypeInfo;
import org.rapport.feed.sources.FeedHttp;

/** Rapport's own source types as the other parts get them: through the DS services and the extension point. */
class SourceTypeRegistryServiceTest {

    @Test
    void rapportsOwnTypesComeThroughTheExtensionPointAndClaimTheirLocations() throws Exception {
        SourceTypeRegistry registry = service(SourceTypeRegistry.class);
        assertNotNull(service(FeedHttp.class), "the HTTP client is a service for the polling jobs");
        List<String> names = registry.types().stream().map(SourceTypeInfo::name).toList();
        assertEquals(List.of("Bluesky author feed", "Mastodon account or hashtag", "RSS or Atom feed"), names);
        assertEquals("org.rapport.feed", registry.types().get(0).contributor());
        assertEquals(30, registry.pollMinutes("rss"));

        assertEquals("mastodon", registry.recognize("https://mastodon.social/@ada").orElseThrow().type().id(),
                "a profile address is Mastodon's, though RSS reads any web address");
        assertEquals("rss", registry.recognize("https://mastodon.social/@ada.rss").orElseThrow().type().id());
        assertEquals("bluesky", registry.recognize("bsky:ada.bsky.social").orElseThrow().type().id());
        assertEquals("mastodon", registry.recognize("@ada@mastodon.social").orElseThrow().type().id());

        assertEquals("mastodon", registry.detect("export.json", bytes("[{\"id\":\"1\",\"created_at\":\"x\","
                + "\"account\":{\"acct\":\"a\"}}]")).orElseThrow().id());
        assertEquals("bluesky", registry.detect("feed.json", bytes("{\"feed\":[{\"post\":{\"uri\":\"at://did:plc:x"))
                .orElseThrow().id());
        assertEquals("rss", registry.detect("feed.xml", bytes("<?xml version=\"1.0\"?><feed xmlns=")).orElseThrow()
                .id());
        assertTrue(registry.detect("notes.txt", bytes("hello")).isEmpty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(SourceTypeRegistryServiceTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        } finally {
            tracker.close();
        }
    }
}
