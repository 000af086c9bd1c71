package org.rapport.community;

import java.time.Duration;
import java.time.Instant;

/**
 * What a full recompute (a rescore or a review) did.
 *
 * @param asOf       the time the scores are for
 * @param members    members scored (staff left out)
 * @param activities activities read
 * @param upgrades   members whose stored level rose
 * @param downgrades members whose stored level fell (only reviews move members down)
 * @param took       how long it took
 */
public record RecomputeSummary(Instant asOf, int members, long activities, int upgrades, int downgrades,
        Duration took) {
}
