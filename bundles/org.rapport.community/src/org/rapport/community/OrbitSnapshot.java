package org.rapport.community;

import java.time.YearMonth;

/**
 * The community in one month, for the Orbit chart and the gravity series: members per level at the month's end (staff
 * left out), the Orbit model's weighted commitment (level weights 10, 7, 4, 1 for levels 1 to 4, squared, times the
 * members at that level) and the community's gravity, the change of weighted commitment since the month before per
 * member.
 *
 * @param month               the month
 * @param advocates           members at level 1
 * @param contributors        members at level 2
 * @param participants        members at level 3
 * @param explorers           members at level 4
 * @param weightedCommitment  Σ weight(level)² × members(level)
 * @param gravity             (weighted commitment − last month's) / members; 0 for the first month
 */
public record OrbitSnapshot(YearMonth month, int advocates, int contributors, int participants, int explorers,
        double weightedCommitment, double gravity) {

    /** The Orbit model's weight of each level (index 0 = level 1). */
    private static final int[] LEVEL_WEIGHTS = { 10, 7, 4, 1 };

    /** Members at this level in the month. */
    public int members(OrbitLevel level) {
        return switch (level) {
            case ADVOCATE -> advocates;
            case CONTRIBUTOR -> contributors;
            case PARTICIPANT -> participants;
            case EXPLORER -> explorers;
        };
    }

    /** Members at any level in the month. */
    public int members() {
        return advocates + contributors + participants + explorers;
    }

    /** The Orbit model's weight of a level: 10, 7, 4, 1 for levels 1 to 4. */
    public static int levelWeight(OrbitLevel level) {
        return LEVEL_WEIGHTS[level.number() - 1];
    }

    /**
     * The snapshot of a month from its counts per level (index 0 = level 1) and the weighted commitment of the month
     * before ({@code NaN} if there is none).
     */
    public static OrbitSnapshot of(YearMonth month, int[] perLevel, double previousCommitment) {
        double commitment = 0;
        int members = 0;
        for (OrbitLevel level : OrbitLevel.values()) {
            int weight = levelWeight(level);
            commitment += (double) weight * weight * perLevel[level.ordinal()];
            members += perLevel[level.ordinal()];
        }
        double gravity = Double.isNaN(previousCommitment) || members == 0 ? 0
                : (commitment - previousCommitment) / members;
        return new OrbitSnapshot(month, perLevel[0], perLevel[1], perLevel[2], perLevel[3], commitment, gravity);
    }
}
