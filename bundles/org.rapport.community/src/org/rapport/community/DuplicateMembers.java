package org.rapport.community;

import java.util.List;

/**
 * Two members who are probably one person, with the evidence. The first is the one with the lower id.
 *
 * @param first   one member
 * @param second  the other
 * @param score   0 to 1, the strongest evidence's score
 * @param reasons the evidence for the user, strongest first, e.g. "both have ada@example.com", "ada on github and
 *                mastodon, both handles of the same contact", "same name and organization (Acme)"
 */
public record DuplicateMembers(Member first, Member second, double score, List<String> reasons) {

    /** Copies the reasons. */
    public DuplicateMembers {
        reasons = List.copyOf(reasons);
    }

    /** The reasons in one line. */
    public String reasonText() {
        return String.join("; ", reasons);
    }
}
