package org.rapport.community.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.RecomputeSummary;
import org.rapport.community.ScoreService;

/** The score lines of {@code community report}, {@code rescore} and {@code review}: levels, gravity, what moved. */
public final class ScoreReport {

    private ScoreReport() {
    }

    /**
     * Members per level now, then the last months' gravity: "level 1 Advocates 12", ..., "gravity 2026-11 +2.10 ...".
     */
    public static void levelsAndGravity(ScoreService scores, PrintStream out, int months) {
        int[] perLevel = scores.membersPerLevel();
        int total = 0;
        for (OrbitLevel level : OrbitLevel.values()) {
            out.printf(Locale.ROOT, "level %d %-12s %,9d%n", level.number(), level.label(), perLevel[level.ordinal()]);
            total += perLevel[level.ordinal()];
        }
        out.printf(Locale.ROOT, "members (staff left out) %,6d%n", total);
        List<OrbitSnapshot> series = scores.orbit(months);
        for (OrbitSnapshot month : series) {
            out.printf(Locale.ROOT, "gravity %s %+8.2f  (levels 1-4: %d %d %d %d)%n", month.month(), month.gravity(),
                    month.advocates(), month.contributors(), month.participants(), month.explorers());
        }
    }

    /** What a recompute did, in one line. */
    public static void summary(String what, RecomputeSummary summary, PrintStream out) {
        out.printf(Locale.ROOT, "%s as of %s: %,d members, %,d activities, %,d up, %,d down, %.1f s%n", what,
                summary.asOf(), summary.members(), summary.activities(), summary.upgrades(), summary.downgrades(),
                summary.took().toMillis() / 1000.0);
    }
}
