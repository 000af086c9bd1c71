package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.campaigns.Campaign;
import org.rapport.pipeline.campaigns.CampaignResponse;
import org.rapport.pipeline.campaigns.CampaignRoi;
import org.rapport.pipeline.campaigns.SegmentRoi;

/** Campaign ROI: won revenue in the campaign's currency over its cost, per campaign and per segment. */
class CampaignRoiTest {

    @TempDir
    Path workspace;
    private TestPipeline test;

    @BeforeEach
    void open() {
        test = new TestPipeline(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void roiIsWonRevenueOverCostPerCampaignAndPerSegment() {
        Campaign fair = campaign("Trade fair", "1000", 7L, "VIP customers");
        Campaign mailing = campaign("Mailing", "500", 7L, "VIP customers");
        Campaign free = campaign("Word of mouth", "0", null, null);
        test.campaigns.addResponse(new CampaignResponse(0, fair.getId(), TestPipeline.ADA, LocalDate.of(2026, 1, 5), "Visited"));
        test.campaigns.addResponse(new CampaignResponse(0, fair.getId(), TestPipeline.GRACE, LocalDate.of(2026, 1, 6), ""));

        won(sourced("won 1", "2500", "EUR", fair));
        won(sourced("won 2", "500", "EUR", fair));
        won(sourced("won in dollars", "100", "USD", fair)); // another currency: not counted
        sourced("open", "4000", "EUR", fair);
        Opportunity lost = sourced("lost", "9000", "EUR", fair);
        Pipeline p = test.newBusiness();
        test.opportunities.moveToStage(lost.getId(), lost.getVersion(), p.lostStage().id(), "Price");
        sourced("mailing open", "700", "EUR", mailing);
        won(sourced("free won", "300", "EUR", free));

        List<CampaignRoi> roi = test.campaigns.roi();

        assertEquals(List.of("Mailing", "Trade fair", "Word of mouth"), roi.stream().map(CampaignRoi::name).toList());
        CampaignRoi fairRoi = roi.get(1);
        assertEquals(2, fairRoi.responses());
        assertEquals(5, fairRoi.sourced());
        assertEquals(2, fairRoi.won());
        assertEquals(new BigDecimal("3000.00"), fairRoi.wonRevenue());
        assertEquals(new BigDecimal("3.00"), fairRoi.roi());
        assertEquals(new BigDecimal("0.00"), roi.get(0).roi());
        assertNull(roi.get(2).roi(), "no ROI without a cost");

        List<SegmentRoi> bySegment = test.campaigns.roiBySegment();
        SegmentRoi vip = bySegment.stream().filter(s -> Long.valueOf(7).equals(s.segmentId())).findFirst().orElseThrow();
        assertEquals(2, vip.campaigns());
        assertEquals(new BigDecimal("1500.00"), vip.cost());
        assertEquals(new BigDecimal("2.00"), vip.roi(), "3,000 won over 1,500 spent");
    }

    private Campaign campaign(String name, String cost, Long segment, String segmentName) {
        Campaign c = new Campaign(name, new BigDecimal(cost), "EUR");
        c.setSegment(segment, segmentName);
        return test.campaigns.save(c);
    }

    private Opportunity sourced(String title, String amount, String currency, Campaign campaign) {
        Opportunity o = test.deal(title, "Proposal", amount, currency, "anna", null);
        o.setSourceCampaignId(campaign.getId());
        return test.opportunities.save(o);
    }

    private void won(Opportunity o) {
        test.opportunities.moveToStage(o.getId(), o.getVersion(), test.newBusiness().wonStage().id(), null);
    }
}
