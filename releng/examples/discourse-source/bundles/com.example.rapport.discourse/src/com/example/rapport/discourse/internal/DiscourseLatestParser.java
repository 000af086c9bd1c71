package com.example.rapport.discourse.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseProblem;
import org.rapport.feed.sources.ParseResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Discourse's {@code latest.json}: {@code users[]} (id, username, name) and {@code topic_list.topics[]} (id,
 * slug, title, excerpt, created_at, tags, reply/like counts and {@code posters[]}, where the original poster's
 * description contains "Original Poster"). A topic without id, title, time or known poster becomes a problem; the
 * others are read.
 */
final class DiscourseLatestParser {

    private final ObjectMapper json = new ObjectMapper();

    ParseResult parse(byte[] content, String origin) throws FeedException {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new FeedException(FeedException.Kind.MALFORMED,
                    origin + " is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedException(FeedException.Kind.MALFORMED, origin + " cannot be read: " + e.getMessage(), e);
        }
        JsonNode topics = root == null ? null : root.path("topic_list").get("topics");
        if (topics == null || !topics.isArray()) {
            throw new FeedException(FeedException.Kind.MALFORMED,
                    origin + " is not a Discourse topic list (no topic_list.topics): is it a forum's /latest.json?");
        }
        Map<Long, JsonNode> users = new HashMap<>();
        root.path("users").forEach(user -> users.put(user.path("id").asLong(), user));
        String forum = forumAddress(origin);
        List<FetchedPost> posts = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            String where = "topic_list.topics[" + i + "]";
            try {
                posts.add(post(topics.get(i), users, forum));
            } catch (TopicProblem p) {
                problems.add(new ParseProblem(origin, where, p.field, p.getMessage()));
            }
        }
        return new ParseResult(posts, problems);
    }

    private FetchedPost post(JsonNode topic, Map<Long, JsonNode> users, String forum) throws TopicProblem {
        long id = topic.path("id").asLong(-1);
        if (id < 0) {
            throw new TopicProblem("id", "a topic without an id");
        }
        String title = topic.path("title").asText("").trim();
        if (title.isEmpty()) {
            throw new TopicProblem("title", "topic " + id + " has no title");
        }
        Instant created;
        try {
            created = Instant.parse(topic.path("created_at").asText(""));
        } catch (DateTimeParseException e) {
            throw new TopicProblem("created_at", "topic " + id + " has no readable creation time");
        }
        JsonNode user = users.get(originalPoster(topic));
        if (user == null) {
            throw new TopicProblem("posters", "topic " + id + " names no original poster among the users");
        }
        String username = user.path("username").asText();
        AuthorIdentity author = new AuthorIdentity(DiscourseSourceType.NETWORK, username, user.path("name").asText(""),
                null, null, forum == null ? null : forum + "/u/" + username, -1);
        String url = forum == null ? null : forum + "/t/" + topic.path("slug").asText("topic") + "/" + id;
        String externalId = url != null ? url : "topic/" + id;
        String excerpt = plainText(topic.path("excerpt").asText(""));
        String text = excerpt.isEmpty() ? title : title + "\n\n" + excerpt;
        return new FetchedPost(externalId, DiscourseSourceType.NETWORK, author, text, created, url, null, null, null,
                List.of(), tags(topic.path("tags")), topic.path("reply_count").asInt(-1), -1,
                topic.path("like_count").asInt(-1), null, topic.toString());
    }

    /** The user id of the poster described as "Original Poster", else of the first poster. */
    private static long originalPoster(JsonNode topic) {
        JsonNode posters = topic.path("posters");
        for (JsonNode poster : posters) {
            if (poster.path("description").asText("").contains("Original Poster")) {
                return poster.path("user_id").asLong(-1);
            }
        }
        return posters.size() > 0 ? posters.get(0).path("user_id").asLong(-1) : -1;
    }

    /** Tags are strings in older forums and {@code {id, name, slug}} objects in newer ones. */
    private static List<String> tags(JsonNode tags) {
        List<String> names = new ArrayList<>();
        for (JsonNode tag : tags) {
            String name = tag.isObject() ? tag.path("name").asText("") : tag.asText("");
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Excerpts are HTML fragments with entities; posts keep plain text. */
    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&hellip;", "…").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }

    /** {@code https://forum.example.org} for {@code https://forum.example.org/latest.json}; null for a local file. */
    static String forumAddress(String origin) {
        if (!(origin.startsWith("http://") || origin.startsWith("https://"))) {
            return null;
        }
        int query = origin.indexOf('?');
        String path = query < 0 ? origin : origin.substring(0, query);
        return path.endsWith("/latest.json") ? path.substring(0, path.length() - "/latest.json".length()) : path;
    }

    /** One topic that cannot be read, with the field at fault. */
    private static final class TopicProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        TopicProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
