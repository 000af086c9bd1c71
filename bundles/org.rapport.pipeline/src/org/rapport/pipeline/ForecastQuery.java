package org.rapport.pipeline;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The period and deals a forecast covers: deals expected to close (or closed) in the months {@code from} to {@code to}
 * inclusive. Lost deals count 0, won deals 100%.
 *
 * @param from       the first month
 * @param to         the last month (inclusive)
 * @param pipelineId only this pipeline, or {@code null} for all
 * @param owner      only this rep's deals, or {@code null} for everyone's
 */
public record ForecastQuery(YearMonth from, YearMonth to, Long pipelineId, String owner) {

    /** Checks the period. */
    public ForecastQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the forecast period ends (" + to + ") before it starts (" + from + ")");
        }
        owner = owner == null || owner.isBlank() ? null : owner;
    }

    /** Everyone's deals of every pipeline in these months. */
    public static ForecastQuery months(YearMonth from, YearMonth to) {
        return new ForecastQuery(from, to, null, null);
    }
}
