package org.rapport.community.internal.score;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreExplanation;
import org.rapport.community.ScoreExplanation.Contribution;
import org.rapport.community.ScoringRules;

/** Turns a member's activities in the window into a {@link ScoreExplanation}: counts and points per type, pillar, platform. */
final class Explainer {

    private final ScoringRules rules;
    private final ReviewCalendar calendar;

    Explainer(ScoringRules rules) {
        this.rules = rules;
        this.calendar = new ReviewCalendar(rules);
    }

    /**
     * Explains a member's score.
     *
     * @param memberId    the member
     * @param level       the member's level at {@code asOf}
     * @param activities  the member's activities (those outside the window ending at {@code asOf} are skipped)
     * @param typeNames   activity type names by key (a key without a name shows as itself)
     * @param reach       the member's reach at {@code asOf}
     * @param connections how many members the member is connected to
     * @param asOf        the time of the explanation
     */
    ScoreExplanation explain(long memberId, OrbitLevel level, List<ScoredActivity> activities,
            Map<String, String> typeNames, double reach, int connections, Instant asOf) {
        long windowStart = asOf.getEpochSecond() - rules.window().toSeconds();
        List<ScoredActivity> inWindow = new ArrayList<>();
        long loveMilli = 0;
        for (ScoredActivity activity : activities) {
            long at = activity.at().getEpochSecond();
            if (at > windowStart && !activity.at().isAfter(asOf)) {
                inWindow.add(activity);
                loveMilli += activity.milliPoints();
            }
        }
        double love = loveMilli / 1000.0;
        OrbitLevel next = level.next();
        return new ScoreExplanation(memberId, level, love, rules.windowDays(),
                breakdown(inWindow, ScoredActivity::typeKey, key -> typeNames.getOrDefault(key, key)),
                breakdown(inWindow, a -> a.pillar().name(), Explainer::pillarLabel),
                breakdown(inWindow, ScoredActivity::platform, Function.identity()),
                next, next == null ? 0 : rules.threshold(next), rules.levelFor(love), calendar.nextAfter(asOf),
                reach, connections, love * reach, asOf);
    }

    private static List<Contribution> breakdown(List<ScoredActivity> activities,
            Function<ScoredActivity, String> keyOf, Function<String, String> labelOf) {
        Map<String, long[]> sums = new LinkedHashMap<>(); // count, milli-points
        for (ScoredActivity activity : activities) {
            long[] sum = sums.computeIfAbsent(keyOf.apply(activity), k -> new long[2]);
            sum[0]++;
            sum[1] += activity.milliPoints();
        }
        List<Contribution> lines = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> lines.add(new Contribution(key, labelOf.apply(key), (int) sum[0], sum[1] / 1000.0)));
        lines.sort(Comparator.comparingDouble(Contribution::points).reversed().thenComparing(Contribution::key));
        return lines;
    }

    /** "CONVERSATION" → "Conversation". */
    private static String pillarLabel(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
