package org.rapport.community.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.rapport.community.Member;
import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;

/** How the community views write levels, points, times and members, the same way everywhere. */
public final class CommunityFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private CommunityFormats() {
    }

    /** "2 Contributors", "staff" for team members, empty without a score. */
    public static String level(Member member, MemberScore score) {
        if (member.team()) {
            return "staff";
        }
        return score == null || score.level() == null ? "" : level(score.level());
    }

    /** "2 Contributors". */
    public static String level(OrbitLevel level) {
        return level.number() + " " + level.label();
    }

    /** Points with at most one decimal: "52", "12.5". */
    public static String points(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** A day, or empty. */
    public static String day(Instant when) {
        return when == null ? "" : DAY.format(when);
    }

    /** A time to the minute, or empty. */
    public static String minute(Instant when) {
        return when == null ? "" : MINUTE.format(when);
    }

    /** The member's platforms: "github, mastodon". */
    public static String platforms(Member member) {
        return String.join(", ", member.platforms());
    }

    /** The first line of a text, at most 160 characters. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 159) + "\u2026" : line;
    }
}
