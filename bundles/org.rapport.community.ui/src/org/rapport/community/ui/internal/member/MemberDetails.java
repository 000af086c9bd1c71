package org.rapport.community.ui.internal.member;

import java.util.List;
import java.util.stream.Collectors;

import org.rapport.community.ContactSuggestion;
import org.rapport.community.DuplicateMembers;
import org.rapport.community.Member;
import org.rapport.community.MemberMerge;
import org.rapport.community.ScoreExplanation;
import org.rapport.community.ui.internal.CommunityFormats;

/**
 * Everything the Member view shows about a member above its activities, read together in one job.
 *
 * @param member      the member
 * @param explanation why it has its level, or {@code null} (staff, or no scores yet)
 * @param contactName the linked contact's name, or empty
 * @param suggestions contacts that are probably the member (when not linked)
 * @param duplicates  members that are probably the same person
 * @param merges      merges the member was part of
 */
public record MemberDetails(Member member, ScoreExplanation explanation, String contactName,
        List<ContactSuggestion> suggestions, List<DuplicateMembers> duplicates, List<MemberMerge> merges) {

    /** "Acme · speaker, berlin · ★ ambassador (top level) since 2026-11-02 · staff". */
    public String facts() {
        StringBuilder text = new StringBuilder();
        append(text, member.organization());
        append(text, String.join(", ", member.tags()));
        if (member.ambassador() != null) {
            append(text, "\u2605 ambassador (" + switch (member.ambassador()) {
                case TOP_LEVEL -> "top level";
                case SATISFIED_CASE -> "satisfied customer";
                case MANUAL -> "flagged by hand";
            } + (member.ambassadorSince() == null ? ")" : ") since " + CommunityFormats.day(member.ambassadorSince())));
        }
        if (member.team()) {
            append(text, "staff: left out of every score");
        }
        append(text, member.activityCount() + (member.activityCount() == 1 ? " activity" : " activities")
                + (member.firstActive() == null ? "" : " since " + CommunityFormats.day(member.firstActive())));
        return text.toString();
    }

    /** "mastodon ada@fosstodon.example ✓ · github ada". */
    public String identities() {
        if (member.identities().isEmpty()) {
            return "No identities.";
        }
        return member.identities().stream()
                .map(i -> i.network() + " " + i.handle() + (i.verified() ? " \u2713" : ""))
                .collect(Collectors.joining("  \u00b7  "));
    }

    /** The explanation's one line, or why there is none. */
    public String summary() {
        if (member.team()) {
            return "Staff members have no level.";
        }
        return explanation == null ? "No scores yet." : capitalized(explanation.summary());
    }

    /** Reach, gravity and the breakdown per pillar and per platform, or empty. */
    public String breakdown() {
        if (explanation == null) {
            return "";
        }
        return "Reach " + CommunityFormats.points(explanation.reach()) + " (" + explanation.connections()
                + (explanation.connections() == 1 ? " member" : " members") + " connected), gravity "
                + CommunityFormats.points(explanation.gravity())
                + "\nBy pillar: " + contributions(explanation.byPillar())
                + "\nBy platform: " + contributions(explanation.byPlatform());
    }

    private static String contributions(List<ScoreExplanation.Contribution> list) {
        if (list.isEmpty()) {
            return "nothing in the window";
        }
        return list.stream().map(c -> c.label() + " " + CommunityFormats.points(c.points()) + " (" + c.count() + ")")
                .collect(Collectors.joining(", "));
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : "  \u00b7  ").append(part);
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
