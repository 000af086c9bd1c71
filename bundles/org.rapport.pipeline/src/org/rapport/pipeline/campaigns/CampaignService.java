package org.rapport.pipeline.campaigns;

import java.util.List;
import java.util.Optional;

import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineValidationException;

/**
 * Campaigns, their responses and their ROI (computed by grouped queries). Available as an OSGi service; call it from a
 * background job. Opportunities name their source campaign ({@code Opportunity.setSourceCampaignId}).
 * <p>
 * Changes post {@code PipelineTopics.CAMPAIGNS_CHANGED}; responses also the person's timeline topic.
 */
public interface CampaignService {

    /** Every campaign, newest start first. */
    List<Campaign> campaigns();

    /** A detached copy, or empty. */
    Optional<Campaign> campaign(long id);

    /** What would stop a campaign from being saved, by field. */
    List<FieldProblem> validate(Campaign campaign);

    /**
     * Saves a new or changed campaign.
     *
     * @throws PipelineValidationException with every invalid field
     * @throws ConcurrentChangeException   when it was changed since it was read
     */
    Campaign save(Campaign campaign);

    /**
     * Deletes a campaign and its responses; the opportunities it sourced keep their data but lose the link.
     */
    void delete(long campaignId);

    /**
     * Records a response.
     *
     * @return the saved response with its id
     * @throws PipelineValidationException when the campaign does not exist
     */
    CampaignResponse addResponse(CampaignResponse response);

    /** A campaign's responses, newest first. */
    List<CampaignResponse> responses(long campaignId);

    /** ROI per campaign, by campaign name. */
    List<CampaignRoi> roi();

    /** ROI per targeted segment and currency, by segment name. */
    List<SegmentRoi> roiBySegment();
}
