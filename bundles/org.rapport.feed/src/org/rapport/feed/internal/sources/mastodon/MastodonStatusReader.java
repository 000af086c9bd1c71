package org.rapport.feed.internal.sources.mastodon;

import static org.rapport.feed.internal.sources.JsonContent.count;
import static org.rapport.feed.internal.sources.JsonContent.text;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.feed.internal.sources.HtmlText;
import org.rapport.feed.internal.sources.ItemProblems;
import org.rapport.feed.internal.sources.JsonContent;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an array of Mastodon {@code Status} entities (the API's shape, as fetched or saved to a file) into posts.
 * <ul>
 * <li>A boost is read as the boosted status: its author, words and URI, with the booster as {@code repostedBy}.</li>
 * <li>Handles are {@code user@instance}: an {@code acct} without a domain is local to the instance that served it.</li>
 * <li>The external id is the status {@code uri} (the ActivityPub id), the same whichever instance served it.</li>
 * <li>The API names a parent only by its id on the serving instance; {@code inReplyTo} is the parent's URI when the
 * parent is in the same answer or was seen before, or when it is local to that instance (then its URI is
 * {@code https://instance/users/<name>/statuses/<id>}); otherwise the API address
 * {@code https://instance/api/v1/statuses/<id>}, from which its URI can be looked up.</li>
 * </ul>
 * A status without {@code uri}, {@code created_at} or {@code account} is skipped and reported at {@code $[i]....}.
 */
final class MastodonStatusReader {

    static final String NETWORK = "mastodon";
    private static final int MAX_THREAD_DEPTH = 100;

    private final String serving;
    private final ReplyIndex index;
    private final Map<String, ReplyIndex.Seen> batch = new HashMap<>();
    private String newestId;

    /**
     * @param serving the host of the instance that served the statuses, or {@code null} to take it from the statuses
     *                of its local accounts (a saved file)
     * @param index   statuses seen before, updated with these
     */
    MastodonStatusReader(String serving, ReplyIndex index) {
        this.serving = serving;
        this.index = index;
    }

    /** Reads the statuses; the unreadable ones go to {@code problems}. */
    List<FetchedPost> read(JsonNode statuses, ItemProblems problems) {
        String instance = serving != null ? serving : servingInstanceOf(statuses);
        for (JsonNode status : statuses) {
            remember(status, instance);
            if (status.path("reblog").isObject()) {
                remember(status.get("reblog"), instance);
            }
        }
        List<FetchedPost> posts = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            JsonNode status = statuses.get(i);
            String where = "$[" + i + "]";
            if (!status.isObject()) {
                problems.add(where, "", "is not a status object");
                continue;
            }
            String id = text(status, "id");
            if (id != null && (newestId == null || newer(id, newestId))) {
                newestId = id;
            }
            FetchedPost post = post(status, where, instance, problems);
            if (post != null) {
                posts.add(post);
            }
        }
        return posts;
    }

    /** The newest status id read (the cursor for {@code since_id}), or {@code null}. */
    String newestId() {
        return newestId;
    }

    private FetchedPost post(JsonNode status, String where, String instance, ItemProblems problems) {
        boolean boost = status.path("reblog").isObject();
        JsonNode original = boost ? status.get("reblog") : status;
        String at = boost ? where + ".reblog" : where;
        String uri = text(original, "uri");
        if (uri == null) {
            problems.add(at + ".uri", "uri", "has no uri, the status's id; skipped");
            return null;
        }
        String created = text(original, "created_at");
        Instant published = JsonContent.instant(created);
        if (published == null) {
            problems.add(at + ".created_at", "published", created == null ? "has no date (created_at); skipped"
                    : "has a date Rapport cannot read (\"" + created + "\"); skipped");
            return null;
        }
        AuthorIdentity author = account(original.get("account"), instance);
        if (author == null) {
            problems.add(at + ".account", "author", "has no author (account with acct); skipped");
            return null;
        }
        AuthorIdentity booster = boost ? account(status.get("account"), instance) : null;
        String text = HtmlText.toText(text(original, "content"));
        String warning = text(original, "spoiler_text");
        if (warning != null) {
            text = text.isEmpty() ? warning : warning + "\n\n" + text;
        }
        List<AuthorIdentity> mentions = new ArrayList<>();
        for (JsonNode mention : original.path("mentions")) {
            String acct = handle(text(mention, "acct"), text(mention, "url"), instance);
            if (acct != null) {
                mentions.add(new AuthorIdentity(NETWORK, acct, text(mention, "username"), null, null,
                        text(mention, "url"), -1));
            }
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : original.path("tags")) {
            String name = text(tag, "name");
            if (name != null) {
                tags.add(name.toLowerCase(Locale.ROOT));
            }
        }
        String parentId = text(original, "in_reply_to_id");
        String inReplyTo = parentId == null ? null : parentUri(original, parentId, instance);
        String root = parentId == null ? null : threadRoot(parentId, instance);
        String url = text(original, "url");
        return new FetchedPost(uri, NETWORK, author, text, published, url != null ? url : uri,
                text(original, "language"), inReplyTo, root, mentions, tags, count(original, "replies_count"),
                count(original, "reblogs_count"), count(original, "favourites_count"), booster, status.toString());
    }

    private void remember(JsonNode status, String instance) {
        String id = text(status, "id");
        String uri = text(status, "uri");
        if (id == null || uri == null) {
            return;
        }
        ReplyIndex.Seen seen = new ReplyIndex.Seen(uri, text(status, "in_reply_to_id"));
        batch.put(id, seen);
        if (instance != null) {
            index.put(instance, id, seen);
        }
    }

    private ReplyIndex.Seen seen(String id, String instance) {
        ReplyIndex.Seen s = batch.get(id);
        return s != null || instance == null ? s : index.get(instance, id);
    }

    private String parentUri(JsonNode status, String parentId, String instance) {
        ReplyIndex.Seen parent = seen(parentId, instance);
        if (parent != null) {
            return parent.uri();
        }
        if (instance == null) {
            return null;
        }
        String parentAccount = text(status, "in_reply_to_account_id");
        String localName = null;
        JsonNode account = status.path("account");
        if (parentAccount != null && parentAccount.equals(text(account, "id")) && isLocal(text(account, "acct"))) {
            localName = text(account, "username");
        }
        for (JsonNode mention : status.path("mentions")) {
            if (parentAccount != null && parentAccount.equals(text(mention, "id")) && isLocal(text(mention, "acct"))) {
                localName = text(mention, "username");
            }
        }
        return localName != null ? "https://" + instance + "/users/" + localName + "/statuses/" + parentId
                : "https://" + instance + "/api/v1/statuses/" + parentId;
    }

    private String threadRoot(String parentId, String instance) {
        String id = parentId;
        for (int depth = 0; depth < MAX_THREAD_DEPTH; depth++) {
            ReplyIndex.Seen parent = seen(id, instance);
            if (parent == null) {
                return null; // the chain leaves what was seen: the root is unknown
            }
            if (parent.parentId() == null) {
                return parent.uri();
            }
            id = parent.parentId();
        }
        return null;
    }

    private static AuthorIdentity account(JsonNode account, String instance) {
        if (account == null || !account.isObject()) {
            return null;
        }
        String url = text(account, "url");
        String handle = handle(text(account, "acct"), url, instance);
        if (handle == null) {
            return null;
        }
        String did = text(account, "uri");
        return new AuthorIdentity(NETWORK, handle, text(account, "display_name"), did != null ? did : url, null, url,
                count(account, "followers_count"));
    }

    /** {@code user@instance} from an {@code acct}, which has no domain when the account is local. */
    static String handle(String acct, String url, String instance) {
        if (acct == null) {
            return null;
        }
        String a = acct.startsWith("@") ? acct.substring(1) : acct;
        if (a.contains("@")) {
            return a.toLowerCase(Locale.ROOT);
        }
        String home = instance != null ? instance : host(url);
        return home == null ? null : (a + "@" + home).toLowerCase(Locale.ROOT);
    }

    private static boolean isLocal(String acct) {
        return acct != null && !acct.contains("@");
    }

    private static String servingInstanceOf(JsonNode statuses) {
        for (JsonNode status : statuses) {
            for (JsonNode s : List.of(status, status.path("reblog"))) {
                JsonNode account = s.path("account");
                if (isLocal(text(account, "acct")) && host(text(account, "url")) != null) {
                    return host(text(account, "url"));
                }
            }
        }
        return null;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether status id {@code a} is newer than {@code b}: Mastodon ids are numbers that grow with time. */
    static boolean newer(String a, String b) {
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
    }
}
