package org.rapport.community;

import org.rapport.core.PersonRef;

/**
 * A contact that is probably the same person as a member, with why: a suggestion to accept with one click.
 *
 * @param memberId the member
 * @param person   the contact
 * @param reason   the evidence for the user, e.g. "same email ada@example.com" or "same mastodon handle
 *                 ada@fosstodon.example"
 */
public record ContactSuggestion(long memberId, PersonRef person, String reason) {
}
