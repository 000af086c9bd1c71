package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.campaigns.Campaign;
import org.rapport.pipeline.campaigns.CampaignResponse;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.SupportCase;

/** The person's timeline shows deals, activities, cases and campaign responses, newest first; undone moves vanish. */
class TimelineTest {

    @TempDir
    Path workspace;

    @Test
    void everyPipelineInteractionOfAPersonIsInTheirTimeline() {
        try (TestPipeline test = new TestPipeline(workspace)) {
            test.clock.set(Instant.parse("2026-01-10T09:00:00Z"));
            Opportunity deal = test.deal("Fleet upgrade", "Lead", "1000", "EUR", "anna", null);
            test.clock.set(Instant.parse("2026-01-12T09:00:00Z"));
            deal = test.opportunities.moveToStage(deal.getId(), deal.getVersion(), test.stage(test.newBusiness(), "Proposal"),
                    null).opportunity();
            test.clock.set(Instant.parse("2026-01-20T09:00:00Z"));
            deal = test.opportunities.moveToStage(deal.getId(), deal.getVersion(), test.newBusiness().wonStage().id(), null)
                    .opportunity();
            test.clock.set(Instant.parse("2026-01-21T09:00:00Z"));
            Opportunity lostAgain = test.opportunities.moveToStage(deal.getId(), deal.getVersion(),
                    test.newBusiness().lostStage().id(), "Cancelled").opportunity();
            test.opportunities.undoLastMove(deal.getId(), lostAgain.getVersion());
            Activity call = new Activity(ActivityKind.CALL, "Thank-you call", Instant.parse("2026-01-22T10:00:00Z"));
            call.setOwner("anna");
            call.setPerson(TestPipeline.ADA);
            test.activities.save(call);
            test.clock.set(Instant.parse("2026-01-25T09:00:00Z"));
            test.cases.save(new SupportCase(TestPipeline.ADA, CaseChannel.EMAIL, "Billing", CasePriority.LOW, "Wrong invoice", ""));
            Campaign campaign = test.campaigns.save(new Campaign("Spring fair", java.math.BigDecimal.TEN, "EUR"));
            test.campaigns.addResponse(new CampaignResponse(0, campaign.getId(), TestPipeline.ADA, LocalDate.of(2026, 1, 5), "Came by"));
            test.cases.save(new SupportCase(TestPipeline.GRACE, CaseChannel.EMAIL, "Billing", CasePriority.LOW, "Not Ada's", ""));

            List<TimelineEntry> entries = new PipelineTimeline(test.unit).entries(TimelineQuery.latest(TestPipeline.ADA.id()));

            assertEquals(List.of("case-opened", "call", "deal-won", "stage-changed", "stage-changed", "campaign-response"),
                    entries.stream().map(TimelineEntry::kind).toList());
            assertEquals("Won: Fleet upgrade", entries.get(2).title());
            assertEquals("Fleet upgrade \u2192 Proposal", entries.get(3).title());
            assertEquals("Responded to campaign 'Spring fair'", entries.get(5).title());
            assertEquals(CaseStatus.NEW.name(), "NEW");
        }
    }
}
