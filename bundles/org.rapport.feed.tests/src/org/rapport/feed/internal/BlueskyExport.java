package org.rapport.feed.internal;

import static org.rapport.feed.internal.IngestFiles.json;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.rapport.feed.internal.IngestFiles.Pool;

/**
 * An {@code app.bsky.feed.getAuthorFeed} answer: posts whose text has mentions, a link the app shortened and a
 * hashtag, each with its facet (UTF-8 byte ranges; some texts have an emoji before them); every fifth post answers the
 * one before, every tenth item is a repost.
 */
final class BlueskyExport implements IngestFiles.Export {

    private static final Pool POOL = Pool.BLUESKY;
    private final IngestFiles files;

    BlueskyExport(IngestFiles files) {
        this.files = files;
    }

    @Override
    public int write(StringBuilder out, int first, int count) {
        int byContacts = 0;
        out.append("{\"feed\":[\n");
        for (int k = first; k < first + count; k++) {
            int author = files.author(POOL, k);
            if (files.isContact(author)) {
                byContacts++;
            }
            out.append(k > first ? ",\n" : "").append("{\"post\":{\"uri\":").append(json(uri(author, k)))
                    .append(",\"cid\":\"bafyreib").append(Integer.toString(k, 32)).append("q2m7x\",\"author\":");
            profile(out, author);
            out.append(",\"record\":{\"$type\":\"app.bsky.feed.post\",\"createdAt\":").append(json(IngestFiles.date(k)))
                    .append(",\"langs\":[\"en\"],");
            record(out, k);
            if (k % 5 == 1 && k > first) {
                String parent = json(uri(files.author(POOL, k - 1), k - 1));
                out.append(",\"reply\":{\"root\":{\"uri\":").append(parent).append(",\"cid\":\"bafyreiroot\"},")
                        .append("\"parent\":{\"uri\":").append(parent).append(",\"cid\":\"bafyreiparent\"}}");
            }
            out.append("},\"replyCount\":").append(k % 4).append(",\"repostCount\":").append(k % 9)
                    .append(",\"likeCount\":").append(k % 23).append(",\"quoteCount\":0,\"indexedAt\":")
                    .append(json(IngestFiles.date(k))).append(",\"labels\":[]}");
            if (k % 10 == 7) {
                out.append(",\"reason\":{\"$type\":\"app.bsky.feed.defs#reasonRepost\",\"by\":");
                profile(out, files.mentioned(POOL, k, 5));
                out.append(",\"indexedAt\":").append(json(IngestFiles.date(k - 1))).append('}');
            }
            out.append('}');
        }
        out.append("\n],\"cursor\":").append(json(IngestFiles.date(first + count))).append("}\n");
        return byContacts;
    }

    /** The record's text and facets. */
    private void record(StringBuilder out, int k) {
        StringBuilder text = new StringBuilder();
        StringBuilder facets = new StringBuilder();
        for (int m = 0; m < k % 3; m++) {
            int who = files.mentioned(POOL, k, m);
            int start = bytes(text);
            text.append('@').append(POOL.handle(who));
            facet(facets, start, bytes(text), "{\"$type\":\"app.bsky.richtext.facet#mention\",\"did\":"
                    + json(did(who)) + "}");
            text.append(' ');
        }
        text.append(k % 7 == 0 ? "\uD83D\uDE80 " : "").append(IngestFiles.phrase(k)).append(' ');
        String link = IngestFiles.link(k);
        int start = bytes(text);
        text.append(link, 8, 33).append("...");
        facet(facets, start, bytes(text), "{\"$type\":\"app.bsky.richtext.facet#link\",\"uri\":" + json(link) + "}");
        String tag = IngestFiles.tag(k);
        text.append(' ');
        start = bytes(text);
        text.append('#').append(tag);
        facet(facets, start, bytes(text), "{\"$type\":\"app.bsky.richtext.facet#tag\",\"tag\":" + json(tag) + "}");
        text.append(' ').append(IngestFiles.secondPhrase(k));
        out.append("\"text\":").append(json(text.toString())).append(",\"facets\":[").append(facets).append(']');
    }

    private static void facet(StringBuilder facets, int start, int end, String feature) {
        facets.append(facets.isEmpty() ? "" : ",").append("{\"index\":{\"byteStart\":").append(start)
                .append(",\"byteEnd\":").append(end).append("},\"features\":[").append(feature).append("]}");
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static void profile(StringBuilder out, int j) {
        out.append("{\"did\":").append(json(did(j))).append(",\"handle\":").append(json(POOL.handle(j)))
                .append(",\"displayName\":").append(json(POOL.name(j))).append(",\"avatar\":")
                .append(json("https://cdn.bsky.app/img/avatar/plain/" + did(j) + "/bafkrei" + j + "@jpeg"))
                .append(",\"labels\":[],\"createdAt\":\"2023-05-0").append(1 + j % 9).append("T10:00:00.000Z\"}");
    }

    private static String did(int j) {
        return "did:plc:" + String.format(Locale.ROOT, "%24s", Integer.toString(j, 36)).replace(' ', 'a');
    }

    private static String uri(int j, int k) {
        return "at://" + did(j) + "/app.bsky.feed.post/3l" + Integer.toString(k, 36) + "x2a";
    }
}
