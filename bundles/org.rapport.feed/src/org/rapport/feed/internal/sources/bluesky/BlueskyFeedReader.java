package org.rapport.feed.internal.sources.bluesky;

import static org.rapport.feed.internal.sources.JsonContent.count;
import static org.rapport.feed.internal.sources.JsonContent.text;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.feed.internal.sources.ItemProblems;
import org.rapport.feed.internal.sources.JsonContent;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an {@code app.bsky.feed.getAuthorFeed} answer ({@code {feed: [feedViewPost], cursor}}) into posts: the
 * external id is the post's {@code at://} URI, reply parent and root come from the record's {@code reply}, mentions
 * from its mention facets (DID, with the handle as written), tags from tag facets, and a repost
 * ({@code reason app.bsky.feed.defs#reasonRepost}) is the original post with {@code repostedBy} the reposter. Links
 * whose text the app shortened are written out in full.
 */
final class BlueskyFeedReader {

    static final String NETWORK = "bluesky";
    private static final String REPOST = "app.bsky.feed.defs#reasonRepost";

    private String newest;

    /**
     * Reads the items newer than {@code after} (an {@code indexedAt}, or {@code null} for all).
     */
    List<FetchedPost> read(JsonNode feed, String after, ItemProblems problems) {
        Instant since = JsonContent.instant(after);
        List<FetchedPost> posts = new ArrayList<>();
        for (int i = 0; i < feed.size(); i++) {
            JsonNode item = feed.get(i);
            String where = "$.feed[" + i + "]";
            JsonNode post = item.path("post");
            if (!post.isObject()) {
                problems.add(where + ".post", "", "has no post; skipped");
                continue;
            }
            JsonNode reason = item.path("reason");
            boolean repost = REPOST.equals(text(reason, "$type"));
            String seenAt = repost && text(reason, "indexedAt") != null ? text(reason, "indexedAt")
                    : text(post, "indexedAt");
            Instant seen = JsonContent.instant(seenAt);
            if (since != null && seen != null && !seen.isAfter(since)) {
                continue; // read by an earlier fetch (or pinned)
            }
            if (seen != null && (newest == null || seen.isAfter(JsonContent.instant(newest)))) {
                newest = seenAt;
            }
            FetchedPost read = post(item, post, where + ".post", repost ? profile(reason.path("by")) : null,
                    problems);
            if (read != null) {
                posts.add(read);
            }
        }
        return posts;
    }

    /** The newest {@code indexedAt} read (the cursor), or {@code null}. */
    String newest() {
        return newest;
    }

    private static FetchedPost post(JsonNode item, JsonNode post, String where, AuthorIdentity repostedBy,
            ItemProblems problems) {
        String uri = text(post, "uri");
        if (uri == null || !uri.startsWith("at://")) {
            problems.add(where + ".uri", "uri", "has no at:// uri; skipped");
            return null;
        }
        AuthorIdentity author = profile(post.path("author"));
        if (author == null) {
            problems.add(where + ".author", "author", "has no author (did and handle); skipped");
            return null;
        }
        JsonNode record = post.path("record");
        String created = text(record, "createdAt");
        Instant published = JsonContent.instant(created);
        if (published == null) {
            published = JsonContent.instant(text(post, "indexedAt"));
        }
        if (published == null) {
            problems.add(where + ".record.createdAt", "published", created == null
                    ? "has no date (createdAt or indexedAt); skipped"
                    : "has a date Rapport cannot read (\"" + created + "\"); skipped");
            return null;
        }
        String text = text(record, "text");
        List<AuthorIdentity> mentions = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String withLinks = facets(text == null ? "" : text, record.path("facets"), mentions, tags);
        String rkey = uri.substring(uri.lastIndexOf('/') + 1);
        String url = "https://bsky.app/profile/" + author.handle() + "/post/" + rkey;
        JsonNode langs = record.path("langs");
        String language = langs.isArray() && !langs.isEmpty() ? langs.get(0).asText() : null;
        JsonNode reply = record.path("reply");
        return new FetchedPost(uri, NETWORK, author, withLinks, published, url, language,
                text(reply.path("parent"), "uri"), text(reply.path("root"), "uri"), mentions, tags,
                count(post, "replyCount"), count(post, "repostCount"), count(post, "likeCount"), repostedBy,
                item.toString());
    }

    /**
     * Reads mention and tag facets, and writes links out in full: the app shows {@code example.com/long...} and keeps
     * the address in a link facet. Facet ranges are UTF-8 byte offsets.
     */
    private static String facets(String text, JsonNode facets, List<AuthorIdentity> mentions, List<String> tags) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        record Link(int start, int end, String uri) {
        }
        List<Link> links = new ArrayList<>();
        for (JsonNode facet : facets) {
            int start = facet.path("index").path("byteStart").asInt(-1);
            int end = facet.path("index").path("byteEnd").asInt(-1);
            boolean inText = start >= 0 && end <= bytes.length && start < end;
            for (JsonNode feature : facet.path("features")) {
                String type = String.valueOf(text(feature, "$type"));
                if (type.endsWith("#mention") && text(feature, "did") != null) {
                    String written = inText ? new String(bytes, start, end - start, StandardCharsets.UTF_8) : "";
                    String handle = written.startsWith("@") && written.length() > 1 ? written.substring(1)
                            : text(feature, "did");
                    mentions.add(new AuthorIdentity(NETWORK, handle, "", text(feature, "did"), null,
                            "https://bsky.app/profile/" + text(feature, "did"), -1));
                } else if (type.endsWith("#tag") && text(feature, "tag") != null) {
                    tags.add(text(feature, "tag").toLowerCase(Locale.ROOT));
                } else if (type.endsWith("#link") && text(feature, "uri") != null && inText) {
                    links.add(new Link(start, end, text(feature, "uri")));
                }
            }
        }
        if (links.isEmpty()) {
            return text;
        }
        links.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Link link : links) {
            if (link.start() < at) {
                continue; // overlapping facets: keep the first
            }
            out.append(new String(bytes, at, link.start() - at, StandardCharsets.UTF_8));
            out.append(link.uri());
            at = link.end();
        }
        out.append(new String(bytes, at, bytes.length - at, StandardCharsets.UTF_8));
        return out.toString();
    }

    private static AuthorIdentity profile(JsonNode profile) {
        String did = text(profile, "did");
        String handle = text(profile, "handle");
        if (did == null && handle == null) {
            return null;
        }
        String h = handle == null || handle.equals("handle.invalid") ? did : handle;
        return new AuthorIdentity(NETWORK, h, text(profile, "displayName"), did, null,
                "https://bsky.app/profile/" + h, count(profile, "followersCount"));
    }
}
