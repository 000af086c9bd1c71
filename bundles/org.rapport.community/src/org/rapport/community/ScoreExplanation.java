package org.rapport.community;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a member has the level, love and reach shown: the activities in the window counted by type, pillar and
 * platform, what the next level needs and whether the next review will move the member down. {@link #summary()} says
 * it in one line, e.g. "level 2 (Contributors): 3 × Talk given, 14 × Reply in 90 days = 52 points; next level at 100
 * points (48 more)".
 *
 * @param memberId      the member
 * @param level         the member's level now
 * @param love          points in the window
 * @param windowDays    the look-back window
 * @param byType        the window's activities per activity type, most points first
 * @param byPillar      the same per pillar (key: the {@link Pillar} name)
 * @param byPlatform    the same per platform
 * @param nextLevel     the level above, {@code null} for advocates
 * @param nextThreshold love needed for the level above (0 for advocates)
 * @param windowLevel   the level the window gives now: below {@code level} means a downgrade at the next review
 * @param nextReview    when the next review sets the level the window gives
 * @param reach         decayed strength of the member's connections
 * @param connections   other members the member is connected to (replies, mentions, shared events)
 * @param gravity       love × reach
 * @param asOf          the time of these figures
 */
public record ScoreExplanation(long memberId, OrbitLevel level, double love, int windowDays, List<Contribution> byType,
        List<Contribution> byPillar, List<Contribution> byPlatform, OrbitLevel nextLevel, double nextThreshold,
        OrbitLevel windowLevel, Instant nextReview, double reach, int connections, double gravity, Instant asOf) {

    /**
     * One line of a breakdown.
     *
     * @param key    activity type key, pillar name or platform
     * @param label  what a user reads (the activity type's name, the pillar, the platform)
     * @param count  activities in the window
     * @param points their weight
     */
    public record Contribution(String key, String label, int count, double points) {
    }

    /** Copies the lists (the record is a value). */
    public ScoreExplanation {
        byType = List.copyOf(byType);
        byPillar = List.copyOf(byPillar);
        byPlatform = List.copyOf(byPlatform);
    }

    /** Points still missing for the next level (0 for advocates). */
    public double pointsToNextLevel() {
        return nextLevel == null ? 0 : Math.max(0, nextThreshold - love);
    }

    /** Whether the next review will move the member down. */
    public boolean downgradePending() {
        return windowLevel.number() > level.number();
    }

    /** The explanation in one line. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("level ").append(level.number()).append(" (").append(level.label()).append("): ");
        if (byType.isEmpty()) {
            text.append("no activity");
        } else {
            text.append(byType.stream().map(c -> c.count() + " × " + c.label()).collect(Collectors.joining(", ")));
        }
        text.append(" in ").append(windowDays).append(" days = ").append(points(love)).append(" points");
        if (nextLevel != null) {
            text.append("; next level at ").append(points(nextThreshold)).append(" points (")
                    .append(points(pointsToNextLevel())).append(" more)");
        }
        if (downgradePending()) {
            text.append("; level ").append(windowLevel.number()).append(" from the review on ")
                    .append(nextReview.toString(), 0, 10).append(" unless activity brings it back");
        }
        return text.toString();
    }

    private static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
