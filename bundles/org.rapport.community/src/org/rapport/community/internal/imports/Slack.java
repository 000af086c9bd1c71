package org.rapport.community.internal.imports;

import static org.rapport.community.internal.imports.JsonExports.required;
import static org.rapport.community.internal.imports.JsonExports.text;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Slack export messages (a channel's day file). The identity is the Slack user id, stable across renames; the
 * profile's real name is the display name. Thread replies are replies to the thread's starter.
 */
final class Slack {

    private Slack() {
    }

    static void row(long line, JsonNode e, RowSink sink) {
        String subtype = text(e, "subtype");
        if (!subtype.isEmpty() && !subtype.equals("thread_broadcast")) {
            throw new IllegalArgumentException("Slack message subtype " + subtype + " is not counted");
        }
        String user = required(e, "user");
        String ts = required(e, "ts");
        Instant at;
        try {
            BigDecimal seconds = new BigDecimal(ts);
            at = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9)
                    .intValue());
        } catch (NumberFormatException e1) {
            throw new IllegalArgumentException("the ts " + ts + " is not a Slack timestamp");
        }
        String thread = text(e, "thread_ts");
        boolean reply = !thread.isEmpty() && !thread.equals(ts);
        JsonNode profile = e.path("user_profile");
        String name = text(profile, "real_name").isEmpty() ? text(profile, "name") : text(profile, "real_name");
        String message = text(e, "text");
        sink.row(new ImportRow(line, "slack", user, name, null, reply ? "reply" : "message", at,
                message.length() > 120 ? message.substring(0, 117) + "..." : message, null,
                "slack:" + ts + ":" + user, reply ? Discourse.blankToNull(text(e, "parent_user_id")) : null, null));
    }
}
