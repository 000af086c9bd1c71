package org.rapport.community.internal.imports;

import static org.rapport.community.internal.imports.JsonExports.required;
import static org.rapport.community.internal.imports.JsonExports.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * DiscordChatExporter messages. The identity is the author's user name; a reply connects to the author of the
 * message it answers when the export includes it ({@code reference}), mentions connect to the mentioned.
 */
final class Discord {

    private Discord() {
    }

    static void row(long line, JsonNode e, RowSink sink) {
        String id = required(e, "id");
        String type = text(e, "type");
        if (!type.isEmpty() && !type.equals("Default") && !type.equals("Reply")) {
            throw new IllegalArgumentException("Discord message type " + type + " is not counted");
        }
        JsonNode author = e.path("author");
        String name = required(author, "name");
        String nickname = text(author, "nickname");
        String content = text(e, "content");
        String title = content.length() > 120 ? content.substring(0, 117) + "..." : content;
        boolean reply = type.equals("Reply");
        String replyTo = reply ? Discourse.blankToNull(text(e.path("reference"), "author")) : null;
        sink.row(new ImportRow(line, "discord", name, nickname, null, reply ? "reply" : "message",
                JsonExports.time(required(e, "timestamp")), title, null, "discord:" + id, replyTo, null));
        int mention = 0;
        for (JsonNode mentioned : e.path("mentions")) {
            String handle = text(mentioned, "name");
            if (!handle.isEmpty() && !handle.equalsIgnoreCase(name)) {
                sink.row(new ImportRow(line, "discord", name, nickname, null, "mention",
                        JsonExports.time(required(e, "timestamp")), "Mentioned @" + handle, null,
                        "discord:" + id + ":mention:" + mention++, handle, null));
            }
        }
    }
}
