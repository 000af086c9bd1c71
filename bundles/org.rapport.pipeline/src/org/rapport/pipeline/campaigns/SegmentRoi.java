package org.rapport.pipeline.campaigns;

import java.math.BigDecimal;

/**
 * The return of all campaigns that targeted one segment, in one currency.
 *
 * @param segmentId   the segment, or {@code null} for campaigns without one
 * @param segmentName its name, or empty
 * @param currency    the currency
 * @param campaigns   how many campaigns
 * @param cost        their costs summed
 * @param wonRevenue  their won revenue summed
 * @param roi         {@code wonRevenue / cost}, or {@code null} when the cost is zero
 */
public record SegmentRoi(Long segmentId, String segmentName, String currency, int campaigns, BigDecimal cost,
        BigDecimal wonRevenue, BigDecimal roi) {
}
