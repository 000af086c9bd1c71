package org.rapport.community;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.rapport.core.Revision;

/**
 * A person in the community, a contact or not.
 *
 * @param id               Rapport's id of the member, 0 before it is saved
 * @param displayName      the name to show
 * @param personId         the linked contact's id, or {@code null}
 * @param organization     the organization the member belongs to, or empty
 * @param tags             free tags, lower case
 * @param team             whether the member is staff: staff have no level and are left out of every score
 * @param ambassador       why the member is flagged as an ambassador (candidate), or {@code null}
 * @param ambassadorSince  when that flag was set, or {@code null}
 * @param identities       identities on each platform
 * @param firstActive      the oldest activity's time, or {@code null} without activity
 * @param lastActive       the newest activity's time, or {@code null} without activity
 * @param activityCount    how many activities the member has
 * @param mergedInto       the member this one was merged into ({@code null} unless merged: merged members are not
 *                         listed, but kept so a merge can be undone)
 * @param revision         the saved state it was read from
 */
public record Member(long id, String displayName, Long personId, String organization, List<String> tags,
        boolean team, AmbassadorReason ambassador, Instant ambassadorSince, List<Identity> identities,
        Instant firstActive, Instant lastActive, long activityCount, Long mergedInto, Revision revision) {

    /** Copies the lists and fills in empty texts. */
    public Member {
        Objects.requireNonNull(displayName, "displayName");
        organization = organization == null ? "" : organization;
        tags = List.copyOf(tags);
        identities = List.copyOf(identities);
        revision = revision == null ? Revision.NEW : revision;
    }

    /** A new member with only a name, for {@link MemberService#save}. */
    public static Member named(String displayName) {
        return new Member(0, displayName, null, "", List.of(), false, null, null, List.of(), null, null, 0, null,
                Revision.NEW);
    }

    /** The networks the member has identities on, without repeats, in identity order. */
    public List<String> platforms() {
        return identities.stream().map(Identity::network).distinct().toList();
    }

    /** A copy with other editable fields (name, organization, tags, team flag). */
    public Member withDetails(String displayName, String organization, List<String> tags, boolean team) {
        return new Member(id, displayName, personId, organization, tags, team, ambassador, ambassadorSince,
                identities, firstActive, lastActive, activityCount, mergedInto, revision);
    }

    /** A copy with these identities (for a new member: saved with it). */
    public Member withIdentities(List<Identity> identities) {
        return new Member(id, displayName, personId, organization, tags, team, ambassador, ambassadorSince,
                identities, firstActive, lastActive, activityCount, mergedInto, revision);
    }
}
