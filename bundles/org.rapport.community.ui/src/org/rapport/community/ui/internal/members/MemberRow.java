package org.rapport.community.ui.internal.members;

import org.rapport.community.Member;
import org.rapport.community.MemberScore;

/**
 * A row of the Members view: the member, its scores and the name of its contact.
 *
 * @param member  the member
 * @param score   its scores, or {@code null} (staff, or before the first computation)
 * @param contact the linked contact's name, empty when not linked (or contacts are not installed)
 */
public record MemberRow(Member member, MemberScore score, String contact) {
}
