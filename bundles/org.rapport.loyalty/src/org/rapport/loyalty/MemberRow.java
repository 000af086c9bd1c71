package org.rapport.loyalty;

/**
 * A line of the members list: the membership and its points (derived from the ledger's lots).
 *
 * @param member    the membership
 * @param available points available (as of the day asked)
 * @param pending   points still pending
 */
public record MemberRow(Member member, long available, long pending) {
}
