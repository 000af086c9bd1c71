package org.rapport.community;

/**
 * A member with how active they were in a time span, for "most active" lists.
 *
 * @param memberId    the member
 * @param displayName the member's name
 * @param activities  how many activities they had in the span
 */
public record ActiveMember(long memberId, String displayName, long activities) {
}
