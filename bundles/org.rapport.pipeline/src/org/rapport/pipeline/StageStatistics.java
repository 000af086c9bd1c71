package org.rapport.pipeline;

/**
 * How deals fare in one stage, over the closed deals that passed through it.
 *
 * @param stage               the stage
 * @param closedThrough       how many closed deals passed through the stage
 * @param won                 how many of them were won
 * @param winRate             {@code won / closedThrough} (0-1), or {@code NaN} when none closed yet
 * @param averageDaysInStage  the average time deals spent in the stage before leaving it, in days (fractional), or
 *                            {@code NaN} when none left it yet
 */
public record StageStatistics(Stage stage, int closedThrough, int won, double winRate, double averageDaysInStage) {
}
