package org.rapport.community.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rapport.community.ImportProblem;

/**
 * Reads the JSON exports, streaming (one element in memory at a time) so that every element's line is known:
 * <ul>
 * <li>{@code github-events}: an array as {@code gh api /repos/O/R/events} prints it ({@code id}, {@code type},
 * {@code actor.login}, {@code repo.name}, {@code created_at}, {@code payload});</li>
 * <li>{@code discourse}: {@code {"user_actions": [...]}} (a user's activity stream) or posts under
 * {@code post_stream.posts} / {@code latest_posts};</li>
 * <li>{@code slack}: a channel's day file, an array of messages ({@code ts}, {@code user}, {@code user_profile},
 * {@code thread_ts}, {@code parent_user_id});</li>
 * <li>{@code discord}: a DiscordChatExporter file, {@code {"guild", "channel", "messages": [...]}}.</li>
 * </ul>
 */
final class JsonExports {

    private final ObjectMapper mapper = new ObjectMapper();
    private String kind = "json";

    /** The kind of the last file read, once its first element was seen. */
    String kind() {
        return kind;
    }

    void read(Path file, RowSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = mapper.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                elements(parser, null, sink);
            } else if (first == JsonToken.START_OBJECT) {
                fields(parser, sink);
            } else {
                sink.problem(new ImportProblem(1, "not a JSON array or object", ""));
            }
        }
    }

    private void fields(JsonParser parser, RowSink sink) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && (name.equals("messages") || name.equals("user_actions")
                    || name.equals("latest_posts") || name.equals("posts"))) {
                elements(parser, name, sink);
            } else if (value == JsonToken.START_OBJECT && name.equals("post_stream")) {
                fields(parser, sink);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void elements(JsonParser parser, String field, RowSink sink) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode element = mapper.readTree(parser);
            if (sink.cancelled()) {
                return;
            }
            try {
                element(line, field, element, sink);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                sink.problem(new ImportProblem(line, e.getMessage(), abbreviate(element)));
            }
        }
    }

    private void element(long line, String field, JsonNode e, RowSink sink) {
        if ("messages".equals(field)) {
            kind = "discord";
            Discord.row(line, e, sink);
        } else if ("user_actions".equals(field)) {
            kind = "discourse";
            Discourse.action(line, e, sink);
        } else if ("latest_posts".equals(field) || "posts".equals(field)) {
            kind = "discourse";
            Discourse.post(line, e, sink);
        } else if (e.has("actor") && e.has("type")) {
            kind = "github-events";
            GitHubEvents.row(line, e, sink);
        } else if (e.has("ts")) {
            kind = "slack";
            Slack.row(line, e, sink);
        } else {
            throw new IllegalArgumentException("not an activity of a known export (GitHub events, Discourse, Slack,"
                    + " Discord)");
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    /** An ISO-8601 time with offset ({@code 2026-11-03T18:00:00Z}, {@code ...+01:00}, fractions allowed). */
    static Instant time(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("no date");
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the date " + text + " is not an ISO-8601 time");
        }
    }

    static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
