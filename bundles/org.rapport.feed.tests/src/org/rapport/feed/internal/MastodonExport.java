package org.rapport.feed.internal;

import static org.rapport.feed.internal.IngestFiles.json;

import java.util.Locale;

import org.rapport.feed.internal.IngestFiles.Pool;

/**
 * A JSON array of Mastodon {@code Status} entities as {@code /api/v1/accounts/:id/statuses} answers (saved from
 * {@code mastodon.example}): HTML content with h-card mentions, a shortened link and a hashtag link; every fifth status
 * answers the one before, every tenth is a boost of another author's status.
 */
final class MastodonExport implements IngestFiles.Export {

    private static final Pool POOL = Pool.MASTODON;
    private final IngestFiles files;

    MastodonExport(IngestFiles files) {
        this.files = files;
    }

    @Override
    public int write(StringBuilder out, int first, int count) {
        int byContacts = 0;
        out.append("[\n");
        for (int k = first; k < first + count; k++) {
            int author = files.author(POOL, k);
            if (files.isContact(author)) {
                byContacts++;
            }
            if (k > first) {
                out.append(",\n");
            }
            if (k % 10 == 7) {
                int booster = files.mentioned(POOL, k, 5);
                out.append("{\"id\":\"").append(114_000_000_000_000_000L + k).append("\",\"uri\":")
                        .append(json(statusUri(booster, 114_000_000_000_000_000L + k) + "/activity"))
                        .append(",\"url\":null,\"created_at\":").append(json(IngestFiles.date(k - 1)))
                        .append(",\"account\":");
                account(out, booster);
                out.append(",\"reblog\":");
                status(out, k, author, first);
                out.append(",\"content\":\"\",\"visibility\":\"public\",\"mentions\":[],\"tags\":[],\"emojis\":[],"
                        + "\"media_attachments\":[],\"replies_count\":0,\"reblogs_count\":0,\"favourites_count\":0}");
            } else {
                status(out, k, author, first);
            }
        }
        out.append("\n]\n");
        return byContacts;
    }

    private void status(StringBuilder out, int k, int author, int first) {
        long id = 113_000_000_000_000_000L + k;
        boolean reply = k % 5 == 1 && k > first;
        out.append("{\"id\":\"").append(id).append("\",\"uri\":").append(json(statusUri(author, id)))
                .append(",\"url\":").append(json("https://" + POOL.instance(author) + "/@" + POOL.username(author)
                        + "/" + id))
                .append(",\"created_at\":").append(json(IngestFiles.date(k)));
        if (reply) {
            out.append(",\"in_reply_to_id\":\"").append(id - 1).append("\",\"in_reply_to_account_id\":\"")
                    .append(files.author(POOL, k - 1) + 1).append('"');
        } else {
            out.append(",\"in_reply_to_id\":null,\"in_reply_to_account_id\":null");
        }
        out.append(",\"sensitive\":false,\"spoiler_text\":\"\",\"visibility\":\"public\",\"language\":\"en\"")
                .append(",\"content\":").append(json(content(k)))
                .append(",\"account\":");
        account(out, author);
        out.append(",\"media_attachments\":[],\"mentions\":[");
        for (int m = 0; m < k % 3; m++) {
            int who = files.mentioned(POOL, k, m);
            out.append(m > 0 ? "," : "").append("{\"id\":\"").append(who + 1).append("\",\"username\":")
                    .append(json(POOL.username(who))).append(",\"acct\":").append(json(acct(who)))
                    .append(",\"url\":").append(json(profile(who))).append('}');
        }
        String tag = IngestFiles.tag(k);
        out.append("],\"tags\":[{\"name\":").append(json(tag.toLowerCase(Locale.ROOT))).append(",\"url\":")
                .append(json("https://mastodon.example/tags/" + tag.toLowerCase(Locale.ROOT)))
                .append("}],\"emojis\":[],\"card\":null,\"poll\":null")
                .append(",\"replies_count\":").append(k % 4).append(",\"reblogs_count\":").append(k % 9)
                .append(",\"favourites_count\":").append(k % 23).append(",\"reblog\":null}");
    }

    private String content(int k) {
        StringBuilder html = new StringBuilder("<p>");
        for (int m = 0; m < k % 3; m++) {
            int who = files.mentioned(POOL, k, m);
            html.append("<span class=\"h-card\" translate=\"no\"><a href=\"").append(profile(who))
                    .append("\" class=\"u-url mention\">@<span>").append(POOL.username(who))
                    .append("</span></a></span> ");
        }
        String link = IngestFiles.link(k);
        String tag = IngestFiles.tag(k);
        html.append(IngestFiles.phrase(k).replace("'", "&#39;")).append(" <a href=\"").append(link)
                .append("\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" translate=\"no\">")
                .append("<span class=\"invisible\">https://</span><span class=\"ellipsis\">")
                .append(link, 8, 38).append("</span><span class=\"invisible\">").append(link.substring(38))
                .append("</span></a> <a href=\"https://mastodon.example/tags/").append(tag.toLowerCase(Locale.ROOT))
                .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(tag).append("</span></a></p><p>")
                .append(IngestFiles.secondPhrase(k).replace("'", "&#39;")).append("</p>");
        return html.toString();
    }

    private static void account(StringBuilder out, int j) {
        out.append("{\"id\":\"").append(j + 1).append("\",\"username\":").append(json(POOL.username(j)))
                .append(",\"acct\":").append(json(acct(j))).append(",\"display_name\":").append(json(POOL.name(j)))
                .append(",\"locked\":false,\"bot\":false,\"created_at\":\"2022-11-0").append(1 + j % 9)
                .append("T00:00:00.000Z\",\"note\":\"<p>Writes about software.</p>\",\"url\":").append(json(profile(j)))
                .append(",\"uri\":").append(json("https://" + POOL.instance(j) + "/users/" + POOL.username(j)))
                .append(",\"avatar\":").append(json("https://" + POOL.instance(j) + "/avatars/" + j + ".png"))
                .append(",\"followers_count\":").append(j % 997).append(",\"following_count\":").append(j % 311)
                .append(",\"statuses_count\":").append(j % 4_001).append('}');
    }

    /** The {@code acct} as the serving instance writes it: without a domain for its own accounts. */
    private static String acct(int j) {
        String instance = POOL.instance(j);
        return instance.equals("mastodon.example") ? POOL.username(j) : POOL.username(j) + "@" + instance;
    }

    private static String profile(int j) {
        return "https://" + POOL.instance(j) + "/@" + POOL.username(j);
    }

    private static String statusUri(int j, long id) {
        return "https://" + POOL.instance(j) + "/users/" + POOL.username(j) + "/statuses/" + id;
    }
}
