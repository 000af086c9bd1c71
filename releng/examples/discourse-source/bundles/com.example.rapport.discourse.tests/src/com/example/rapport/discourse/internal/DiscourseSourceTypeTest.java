package com.example.rapport.discourse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FetchResult;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;
import org.rapport.feed.sources.SourceLocation;
import org.rapport.feed.sources.SourceState;

/** The source type against the published {@code latest.json} shape, a loopback forum, and the extension registry. */
class DiscourseSourceTypeTest {

    private final DiscourseSourceType type = new DiscourseSourceType();

    private static byte[] latestJson() throws IOException {
        try (InputStream in = DiscourseSourceTypeTest.class.getResourceAsStream("/data/latest.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsEachTopicAsAPostByItsOriginalPoster() throws Exception {
        ParseResult result = type.parse(latestJson(), "https://meta.discourse.org/latest.json");

        assertEquals(2, result.posts().size(), "two readable topics");
        FetchedPost first = result.posts().get(0);
        assertEquals("https://meta.discourse.org/t/rapport-integration-feeds/101", first.externalId());
        assertEquals(first.externalId(), first.url());
        assertEquals("discourse", first.network());
        assertEquals("ada_l", first.author().handle(), "the original poster, not the most recent one");
        assertEquals("Ada Lovelace", first.author().displayName());
        assertEquals("https://meta.discourse.org/u/Ada_L", first.author().profileUrl());
        assertEquals("Rapport integration & feeds\n\nWe love how <b>Rapport</b> reads our forum…", first.text());
        assertEquals(Instant.parse("2026-11-30T09:15:00Z"), first.published());
        assertEquals(List.of("feature", "integrations"), first.tags());
        assertEquals(3, first.replies());
        assertEquals(7, first.likes());
        assertEquals(List.of("bug"), result.posts().get(1).tags(), "newer forums send tags as objects");
        assertEquals("codinghorror", result.posts().get(1).author().handle());
    }

    @Test
    void aTopicWithoutTitleIsAProblemAndTheOthersAreRead() throws Exception {
        ParseResult result = type.parse(latestJson(), "latest.json");

        assertEquals(1, result.problems().size());
        assertEquals("topic_list.topics[2]", result.problems().get(0).where());
        assertEquals("title", result.problems().get(0).field());
        assertEquals("topic/101", result.posts().get(0).externalId(), "a saved file has no forum address");
    }

    @Test
    void refusesJsonThatIsNotATopicList() {
        FeedException e = assertThrows(FeedException.class,
                () -> type.parse("{\"posts\": []}".getBytes(StandardCharsets.UTF_8), "posts.json"));
        assertEquals(FeedException.Kind.MALFORMED, e.kind());
        assertTrue(e.getMessage().contains("not a Discourse topic list"), e.getMessage());
        assertThrows(FeedException.class, () -> type.parse("{\"topic_list\": ".getBytes(StandardCharsets.UTF_8), "cut.json"));
    }

    @Test
    void recognizesForumAddresses() throws Exception {
        assertEquals(new SourceLocation("https://forum.example.org/latest.json", "discourse", "forum.example.org"),
                type.recognize("https://Forum.Example.org/latest.json").orElseThrow());
        assertEquals("https://example.org/community/latest.json",
                type.recognize("discourse:https://example.org/community/").orElseThrow().location());
        assertTrue(type.recognize("https://example.org/feed.xml").isEmpty(), "an RSS feed stays with Rapport's rss type");
        assertTrue(type.recognize("@ada@mastodon.social").isEmpty());
        assertTrue(type.canParse("latest.json", latestJson()));
        assertFalse(type.canParse("feed.xml", "<rss>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fetchesFromAForumAndSendsItsEtagBack() throws Exception {
        try (LoopbackForum forum = new LoopbackForum(latestJson(), "\"v1\"")) {
            SourceLocation location = type.recognize(forum.address() + "/latest.json").orElseThrow();
            SourceState fresh = new SourceState(1, location.location(), null, null, null);

            FetchResult first = type.fetch(fresh, new SimpleFetchContext());
            assertFalse(first.notModified());
            assertEquals(2, first.posts().size());
            assertEquals(forum.address() + "/t/login-loop-after-upgrade/102", first.posts().get(1).url());
            assertEquals("\"v1\"", first.etag());

            FetchResult second = type.fetch(new SourceState(1, location.location(), first.etag(), null, null),
                    new SimpleFetchContext());
            assertTrue(second.notModified(), "the forum answered 304 to If-None-Match");
            assertEquals(List.of("/latest.json", "/latest.json"), forum.paths());
        }
    }

    @Test
    void isContributedThroughRapportsExtensionPoint() {
        IConfigurationElement[] types = Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.rapport.feed.sourceTypes");
        IConfigurationElement ours = List.of(types).stream()
                .filter(e -> "com.example.rapport.discourse.latest".equals(e.getAttribute("id"))).findFirst().orElseThrow();
        assertEquals("discourse", ours.getAttribute("network"));
        assertEquals(DiscourseSourceType.class.getName(), ours.getAttribute("class"));
    }
}
