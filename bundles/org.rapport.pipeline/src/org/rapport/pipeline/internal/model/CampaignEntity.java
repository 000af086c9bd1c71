package org.rapport.pipeline.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** A campaign row. */
@Entity(name = "Campaign")
@Table(name = "PL_CAMPAIGN")
@SequenceGenerator(name = "pl_campaign_ids", sequenceName = "PL_CAMPAIGN_SEQ", allocationSize = 20)
public class CampaignEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_campaign_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Column(name = "SEGMENT_ID")
    private Long segmentId;
    @Column(name = "SEGMENT_NAME", length = 200)
    private String segmentName;
    @Column(name = "CHANNEL", length = 64)
    private String channel;
    @Column(name = "STARTS_ON")
    private LocalDate startsOn;
    @Column(name = "ENDS_ON")
    private LocalDate endsOn;
    @Column(name = "COST", precision = 19, scale = 2, nullable = false)
    private BigDecimal cost;
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;

    public CampaignEntity() {
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public String getSegmentName() {
        return segmentName;
    }

    public void setSegment(Long id, String name) {
        this.segmentId = id;
        this.segmentName = id == null ? "" : name;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
