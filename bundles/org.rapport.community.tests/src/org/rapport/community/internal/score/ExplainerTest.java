package org.rapport.community.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.community.internal.score.Activities.at;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreExplanation;
import org.rapport.community.ScoreExplanation.Contribution;
import org.rapport.community.ScoringRules;

/** The example by hand: 3 talks (20 each) and 14 replies (2 each) in 90 days = 88 points, level 2. */
class ExplainerTest {

    private static final Map<String, String> NAMES = Map.of("talk", "Talk given", "reply", "Reply");

    private final Explainer explainer = new Explainer(ScoringRules.DEFAULTS);

    @Test
    void saysWhatTheLevelIsMadeOfAndWhatTheNextNeeds() {
        Activities acts = Activities.of(5).talk("2025-10-01T18:00") // out of the window (90 days before 20 Jan)
                .talk("2025-11-20T18:00").talk("2025-12-18T18:00").talk("2026-01-15T18:00");
        for (int day = 1; day <= 14; day++) {
            acts.reply("2026-01-%02dT09:00".formatted(day), 6);
        }
        ScoreExplanation explanation = explainer.explain(5, OrbitLevel.CONTRIBUTOR, acts.list(), NAMES, 4, 3,
                at("2026-01-20T00:00"));

        assertEquals("level 2 (Contributors): 3 × Talk given, 14 × Reply in 90 days = 88 points; next level at 100 "
                + "points (12 more)", explanation.summary());
        assertEquals(List.of(new Contribution("CONTENT", "Content", 3, 60),
                new Contribution("CONVERSATION", "Conversation", 14, 28)), explanation.byPillar());
        assertEquals(List.of(new Contribution("meetup", "meetup", 3, 60),
                new Contribution("discourse", "discourse", 14, 28)), explanation.byPlatform());
        assertEquals(88 * 4, explanation.gravity());
        assertFalse(explanation.downgradePending());
    }

    @Test
    void warnsOfTheDowngradeThatTheNextReviewWillMake() {
        List<ScoredActivity> acts = Activities.of(5).talk("2026-01-20T18:00").talk("2026-01-21T18:00")
                .talk("2026-04-10T18:00").list();
        ScoreExplanation explanation = explainer.explain(5, OrbitLevel.CONTRIBUTOR, acts, NAMES, 0, 0,
                at("2026-04-25T00:00"));

        assertTrue(explanation.downgradePending());
        assertEquals(OrbitLevel.PARTICIPANT, explanation.windowLevel());
        assertEquals("level 2 (Contributors): 1 × Talk given in 90 days = 20 points; next level at 100 points (80 "
                + "more); level 3 from the review on 2026-05-01 unless activity brings it back", explanation.summary());
    }

    @Test
    void advocatesHaveNoNextLevel() {
        Activities acts = Activities.of(5);
        for (int day = 1; day <= 5; day++) {
            acts.talk("2026-01-%02dT09:00".formatted(day));
        }
        ScoreExplanation explanation = explainer.explain(5, OrbitLevel.ADVOCATE, acts.list(), NAMES, 0, 0,
                at("2026-01-20T00:00"));

        assertEquals("level 1 (Advocates): 5 × Talk given in 90 days = 100 points", explanation.summary());
        assertEquals(0, explanation.pointsToNextLevel());
    }
}
