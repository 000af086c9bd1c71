package org.rapport.pipeline.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;
import org.rapport.pipeline.OpportunityStatus;

/**
 * An opportunity row. Pipeline, stage position, status and close month are copies kept in line by the services, so the
 * board, the table and the forecast read one table (grouped or projected, never joined to build entity graphs). The
 * amount, weighted amount and won amount are also kept in cents ({@code BIGINT}): Derby sums integers many times
 * faster than DECIMALs, which it computes with a BigDecimal per row.
 */
@Entity(name = "Opportunity")
@Table(name = "PL_OPPORTUNITY", indexes = {
        // a covering index: the board's grouped queries read only the index, never the rows
        // (with parameters, Derby picks among indexes by their leading columns: keep PIPELINE_ID leading only here)
        @Index(name = "IX_OPP_BOARD", columnList = "PIPELINE_ID, STATUS, CLOSED_ON, STAGE_ID, CURRENCY, OWNER, PERSON_ID,"
                + " AMOUNT_CENTS, WEIGHTED_CENTS, ID"),
        @Index(name = "IX_OPP_CARDS", columnList = "STAGE_ID, EXPECTED_CLOSE, ID"),
        @Index(name = "IX_OPP_CLOSED_CARDS", columnList = "STAGE_ID, CLOSED_ON DESC, ID DESC"),
        @Index(name = "IX_OPP_PERSON", columnList = "PERSON_ID"),
        @Index(name = "IX_OPP_CAMPAIGN", columnList = "SOURCE_CAMPAIGN_ID, STATUS") })
@SequenceGenerator(name = "pl_opportunity_ids", sequenceName = "PL_OPPORTUNITY_SEQ", allocationSize = 500)
public class OpportunityEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_opportunity_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;
    @Column(name = "TITLE_KEY", length = 200, nullable = false)
    private String titleKey;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "PERSON_NAME", length = 200)
    private String personName;
    @Column(name = "ORGANIZATION_ID")
    private Long organizationId;
    @Column(name = "ORGANIZATION_NAME", length = 200)
    private String organizationName;
    @Column(name = "AMOUNT", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;
    @Column(name = "AMOUNT_CENTS", nullable = false)
    private long amountCents;
    /** Amount times probability, in cents, rounded half up. */
    @Column(name = "WEIGHTED_CENTS", nullable = false)
    private long weightedCents;
    /** The amount in cents when won, else 0. */
    @Column(name = "WON_CENTS", nullable = false)
    private long wonCents;
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;
    @Column(name = "PIPELINE_ID", nullable = false)
    private long pipelineId;
    @Column(name = "STAGE_ID", nullable = false)
    private long stageId;
    @Column(name = "STAGE_POSITION", nullable = false)
    private int stagePosition;
    @Column(name = "PROBABILITY_OVERRIDE")
    private Integer probabilityOverride;
    @Column(name = "PROBABILITY", nullable = false)
    private int probability;
    @Column(name = "EXPECTED_CLOSE")
    private LocalDate expectedClose;
    /** Year * 100 + month of the close date, else of the expected close date (0 without): the forecast's key. */
    @Column(name = "CLOSE_MONTH", nullable = false)
    private int closeMonth;
    @Column(name = "OWNER", length = 64, nullable = false)
    private String owner;
    @Column(name = "SOURCE_CAMPAIGN_ID")
    private Long sourceCampaignId;
    @Column(name = "NEXT_STEP", length = 500)
    private String nextStep;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 8, nullable = false)
    private OpportunityStatus status;
    @Column(name = "LOST_REASON", length = 500)
    private String lostReason;
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    public OpportunityEntity() {
    }

    /** Year * 100 + month, 0 for no date. */
    public static int monthKey(LocalDate date) {
        return date == null ? 0 : date.getYear() * 100 + date.getMonthValue();
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        this.titleKey = title.toLowerCase(Locale.ROOT);
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPerson(Long id, String name) {
        this.personId = id;
        this.personName = id == null ? "" : name;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganization(Long id, String name) {
        this.organizationId = id;
        this.organizationName = id == null ? "" : name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
        refreshCents();
    }

    private void refreshCents() {
        amountCents = amount == null ? 0 : amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        weightedCents = weighted(amountCents, probability);
        wonCents = status == OpportunityStatus.WON ? amountCents : 0;
    }

    /** Cents times a percentage, rounded half up (amounts are never negative). */
    public static long weighted(long cents, int percent) {
        return (cents * percent + 50) / 100;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public long getWeightedCents() {
        return weightedCents;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getPipelineId() {
        return pipelineId;
    }

    public long getStageId() {
        return stageId;
    }

    public int getStagePosition() {
        return stagePosition;
    }

    /** Puts it in a stage: pipeline, position and status follow; the probability follows unless overridden. */
    public void placeIn(StageEntity stage) {
        this.stageId = stage.getId();
        this.pipelineId = stage.getPipelineId();
        this.stagePosition = stage.getPosition();
        this.status = stage.getKind().status();
        this.probability = switch (status) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> probabilityOverride != null ? probabilityOverride : stage.getProbability();
        };
        refreshCents();
    }

    public Integer getProbabilityOverride() {
        return probabilityOverride;
    }

    public void setProbabilityOverride(Integer probabilityOverride) {
        this.probabilityOverride = probabilityOverride;
    }

    public int getProbability() {
        return probability;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public void setExpectedClose(LocalDate expectedClose) {
        this.expectedClose = expectedClose;
        refreshCloseMonth();
    }

    /** The forecast month: the month it closed, or, while open, the month it is expected to close. */
    private void refreshCloseMonth() {
        this.closeMonth = monthKey(closedOn != null ? closedOn : expectedClose);
    }

    public int getCloseMonth() {
        return closeMonth;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getSourceCampaignId() {
        return sourceCampaignId;
    }

    public void setSourceCampaignId(Long sourceCampaignId) {
        this.sourceCampaignId = sourceCampaignId;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
        refreshCloseMonth();
    }
}
