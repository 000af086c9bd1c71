package org.rapport.community.internal.score;

import org.rapport.community.ScoreService;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;

/** The score service outside OSGi (tests, benchmarks, a standalone community): on a unit, posting no events. */
public final class ScoreServices {

    private ScoreServices() {
    }

    /** A score service on {@code unit} with the system clock. */
    public static ScoreService standalone(CommunityUnit unit) {
        return new JpaScoreService(unit, new CommunityEvents());
    }
}
