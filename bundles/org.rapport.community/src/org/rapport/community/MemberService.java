package org.rapport.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The community's members: listing, editing, identities, links to contacts, ambassadors, duplicates and merges. An
 * OSGi service; every method does database work. Changes post {@link CommunityTopics#MEMBERS_CHANGED} after the
 * commit.
 */
public interface MemberService {

    /** The member with this id (merged members too: their {@link Member#mergedInto()} says where they went). */
    Optional<Member> member(long id);

    /** Members matching the query, from {@code offset}, at most {@code limit}, in the query's order. */
    List<Member> members(MemberQuery query, int offset, int limit);

    /** The members with these ids that exist, in the order of the ids (for a list of scores or of a graph). */
    List<Member> members(Collection<Long> ids);

    /** How many members match the query. */
    int count(MemberQuery query);

    /** The member with this identity (network and handle are normalised as {@link Identity} does), if any. */
    Optional<Member> byIdentity(String network, String handle);

    /** The (unmerged) member linked to this contact, if any. */
    Optional<Member> byPerson(long personId);

    /**
     * Creates a member (id 0, with its identities) or saves the name, organization, tags and team flag of an existing
     * one; links, flags and identities of an existing member change through their own methods.
     *
     * @throws IllegalArgumentException    when the name is blank or an identity belongs to another member
     * @throws java.util.ConcurrentModificationException when the member was saved by someone else since it was read
     */
    Member save(Member member);

    /**
     * Adds an identity to a member.
     *
     * @throws IllegalArgumentException when the identity belongs to another member
     */
    Member addIdentity(long memberId, Identity identity);

    /** Removes one of a member's identities (its activities stay with the member). */
    Member removeIdentity(long memberId, long identityId);

    /**
     * Contacts that are probably this member: same email as one of its email identities, or the same handle on a
     * network, found through the core's person lookup; empty when the member is linked or contacts are not installed.
     */
    List<ContactSuggestion> contactSuggestions(long memberId);

    /** Links a member to a contact (accepting a suggestion, or chosen by hand). */
    Member linkContact(long memberId, long personId);

    /** Removes a member's link to its contact (undoing an accepted suggestion). */
    Member unlinkContact(long memberId);

    /**
     * Flags a member as an ambassador (candidate) and posts {@link CommunityTopics#AMBASSADOR_FLAGGED}; a member
     * already flagged keeps its first reason and nothing is posted.
     */
    Member flagAmbassador(long memberId, AmbassadorReason reason);

    /** Clears a member's ambassador flag. */
    Member clearAmbassador(long memberId);

    /** Members that are probably the same person, strongest evidence first, at most {@code limit}. */
    List<DuplicateMembers> duplicates(int limit);

    /**
     * Merges {@code mergedId} into {@code survivorId}: the survivor keeps every identity and activity of both, and the
     * link to a contact if it had none; the merged member is hidden, not deleted.
     *
     * @throws IllegalArgumentException when either is missing, already merged, or they are the same
     */
    MemberMerge merge(long survivorId, long mergedId);

    /**
     * Undoes a merge: the merged member comes back with the identities and activities it brought (and those of members
     * merged into it before).
     *
     * @throws IllegalStateException when the merge was already undone
     */
    List<Member> unmerge(long mergeId);

    /** The merges a member survived or was merged in, newest first. */
    List<MemberMerge> mergesOf(long memberId);
}
