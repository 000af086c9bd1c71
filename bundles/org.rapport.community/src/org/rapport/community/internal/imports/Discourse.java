package org.rapport.community.internal.imports;

import static org.rapport.community.internal.imports.JsonExports.required;
import static org.rapport.community.internal.imports.JsonExports.text;

import com.fasterxml.jackson.databind.JsonNode;

/** Discourse user actions and posts as activities. */
final class Discourse {

    private Discourse() {
    }

    /** An element of {@code user_actions}; the actor is {@code acting_username} where given. */
    static void action(long line, JsonNode e, RowSink sink) {
        int actionType = e.path("action_type").asInt(-1);
        String type = switch (actionType) {
            case 1 -> "like";
            case 4 -> "forum-topic";
            case 5, 6 -> "reply";
            case 7 -> "mention";
            case 15 -> "forum-answer";
            default -> throw new IllegalArgumentException(
                    "Discourse action type " + actionType + " is not counted (likes, topics, replies, mentions,"
                            + " solutions are)");
        };
        String actor = text(e, "acting_username").isEmpty() ? required(e, "username") : text(e, "acting_username");
        String name = text(e, "acting_username").isEmpty() ? text(e, "name") : text(e, "acting_name");
        String target = actionType == 5 || actionType == 6 || actionType == 7 ? blankToNull(text(e, "target_username"))
                : null;
        String key = "discourse:action:" + actionType + ":" + text(e, "post_id") + ":" + text(e, "topic_id") + ":"
                + actor;
        sink.row(new ImportRow(line, "discourse", actor, name, null, type, JsonExports.time(required(e, "created_at")),
                text(e, "title"), null, key, target == null || target.equalsIgnoreCase(actor) ? null : target, null));
    }

    /** A post of a topic's post stream or of {@code latest_posts}. */
    static void post(long line, JsonNode e, RowSink sink) {
        String id = required(e, "id");
        int number = e.path("post_number").asInt(1);
        String replyTo = text(e.path("reply_to_user"), "username");
        String type = number <= 1 ? "forum-topic" : e.path("accepted_answer").asBoolean() ? "forum-answer" : "reply";
        String title = text(e, "topic_title").isEmpty() ? text(e, "topic_slug") : text(e, "topic_title");
        sink.row(new ImportRow(line, "discourse", required(e, "username"), text(e, "name"), null, type,
                JsonExports.time(required(e, "created_at")), title, null, "discourse:post:" + id,
                blankToNull(replyTo), null));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
