package org.rapport.community;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a member did, typed and dated.
 *
 * @param id             Rapport's id, 0 before it is saved
 * @param memberId       who did it
 * @param type           the {@link ActivityType#key() type key}
 * @param pillar         the pillar (the type's, when the activity was recorded)
 * @param occurredAt     when it happened
 * @param platform       where: a network name as identities use it ({@code mastodon}, {@code github}, ...), or
 *                       {@code event}, {@code manual}
 * @param title          a short description ("Replied to @ada", "Talk: Scaling Derby"), or empty
 * @param url            a link to it, or {@code null}
 * @param targetMemberId the other member of a connection (the one replied to, mentioned, co-attended with), or
 *                       {@code null}
 * @param feedPostId     the social feed's post it came from, or {@code null}
 * @param eventId        the community event it belongs to, or {@code null}
 * @param source         where it was recorded from: {@code feed}, {@code import}, {@code manual}, {@code event}
 * @param sourceKey      a key unique per source item (a re-import or a second delivery of a feed event adds nothing),
 *                       or {@code null} for manual entries
 */
public record Activity(long id, long memberId, String type, Pillar pillar, Instant occurredAt, String platform,
        String title, String url, Long targetMemberId, Long feedPostId, Long eventId, String source,
        String sourceKey) {

    /** Checks the required fields and fills in empty texts. */
    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(occurredAt, "occurredAt");
        platform = platform == null ? "" : platform;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
    }

    /** A new activity entered by hand. */
    public static Activity manual(long memberId, ActivityType type, Instant occurredAt, String title) {
        return new Activity(0, memberId, type.key(), type.pillar(), occurredAt, "manual", title, null, null, null,
                null, "manual", null);
    }
}
