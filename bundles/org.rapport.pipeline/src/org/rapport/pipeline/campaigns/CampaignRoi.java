package org.rapport.pipeline.campaigns;

import java.math.BigDecimal;

/**
 * A campaign's return: the revenue of the won opportunities it sourced (in its currency) against its cost.
 *
 * @param campaignId     the campaign
 * @param name           its name
 * @param segmentId      its segment, or {@code null}
 * @param segmentName    the segment's name, or empty
 * @param cost           its cost
 * @param currency       the currency of cost and revenue
 * @param responses      how many responses
 * @param sourced        how many opportunities it sourced (any status, any currency)
 * @param won            how many of them were won (in its currency)
 * @param wonRevenue     their amounts summed
 * @param roi            {@code wonRevenue / cost} (e.g. 3.5 means 3.5 times the cost came back), or {@code null} when
 *                       the cost is zero
 */
public record CampaignRoi(long campaignId, String name, Long segmentId, String segmentName, BigDecimal cost,
        String currency, int responses, int sourced, int won, BigDecimal wonRevenue, BigDecimal roi) {
}
