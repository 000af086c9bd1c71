package org.rapport.pipeline.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** A response row of a campaign. */
@Entity(name = "CampaignResponse")
@Table(name = "PL_CAMPAIGN_RESPONSE", indexes = {
        @Index(name = "IX_RESPONSE_CAMPAIGN", columnList = "CAMPAIGN_ID, RESPONDED_ON"),
        @Index(name = "IX_RESPONSE_PERSON", columnList = "PERSON_ID, RESPONDED_ON") })
@SequenceGenerator(name = "pl_response_ids", sequenceName = "PL_CAMPAIGN_RESPONSE_SEQ", allocationSize = 100)
public class CampaignResponseEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_response_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "CAMPAIGN_ID", nullable = false)
    private long campaignId;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "PERSON_NAME", length = 200)
    private String personName;
    @Column(name = "RESPONDED_ON", nullable = false)
    private LocalDate respondedOn;
    @Column(name = "NOTE", length = 500)
    private String note;

    protected CampaignResponseEntity() {
    }

    public CampaignResponseEntity(long campaignId, long personId, String personName, LocalDate respondedOn, String note) {
        this.campaignId = campaignId;
        this.personId = personId;
        this.personName = personName;
        this.respondedOn = respondedOn;
        this.note = note;
    }

    public long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public String getNote() {
        return note;
    }
}
