package org.rapport.pipeline.campaigns;

import java.time.LocalDate;
import java.util.Objects;

import org.rapport.core.PersonRef;

/**
 * A person's response to a campaign.
 *
 * @param id          the response; 0 when new
 * @param campaignId  the campaign
 * @param person      who responded
 * @param respondedOn when
 * @param note        what they did, e.g. "clicked the offer", may be empty
 */
public record CampaignResponse(long id, long campaignId, PersonRef person, LocalDate respondedOn, String note) {

    /** Checks the parts. */
    public CampaignResponse {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(respondedOn, "respondedOn");
        note = note == null ? "" : note;
    }
}
