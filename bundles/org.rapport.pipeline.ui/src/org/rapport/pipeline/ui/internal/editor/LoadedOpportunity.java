package org.rapport.pipeline.ui.internal.editor;

import java.util.List;

import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.StageVisit;
import org.rapport.pipeline.campaigns.Campaign;

/**
 * What the opportunity editor reads in one job: the opportunity (or {@code null} when it was deleted), the
 * pipelines (for the stage choice), the campaigns (for the source) and the stage history.
 */
record LoadedOpportunity(Opportunity opportunity, List<Pipeline> pipelines, List<Campaign> campaigns,
        List<StageVisit> history) {

    LoadedOpportunity with(Opportunity saved, List<StageVisit> newHistory) {
        return new LoadedOpportunity(saved, pipelines, campaigns, newHistory);
    }
}
