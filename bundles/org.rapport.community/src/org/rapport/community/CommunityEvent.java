package org.rapport.community;

import java.time.Instant;
import java.util.Objects;

import org.rapport.core.Revision;

/**
 * A meetup, webinar or conference of the community.
 *
 * @param id         Rapport's id, 0 before it is saved
 * @param name       its name
 * @param kind       what kind of event
 * @param startsAt   when it starts
 * @param location   where (an address or a link), or empty
 * @param url        its page, or {@code null}
 * @param registered how many members registered
 * @param attended   how many of them attended
 * @param revision   the saved state it was read from
 */
public record CommunityEvent(long id, String name, Kind kind, Instant startsAt, String location, String url,
        int registered, int attended, Revision revision) {

    /** Kinds of events. */
    public enum Kind {
        /** In person, local. */
        MEETUP,
        /** Online. */
        WEBINAR,
        /** A larger event, often with talks by members. */
        CONFERENCE
    }

    /** Checks the required fields. */
    public CommunityEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
        location = location == null ? "" : location;
        revision = revision == null ? Revision.NEW : revision;
    }

    /** A new event. */
    public static CommunityEvent of(String name, Kind kind, Instant startsAt, String location) {
        return new CommunityEvent(0, name, kind, startsAt, location, null, 0, 0, Revision.NEW);
    }
}
