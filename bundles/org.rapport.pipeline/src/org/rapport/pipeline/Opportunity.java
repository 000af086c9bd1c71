package org.rapport.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.core.runtime.IAdaptable;
import org.rapport.core.PersonRef;

/**
 * A deal, as editors and services exchange it: a detached, mutable copy. Changing it changes nothing until it is given
 * to {@link OpportunityService#save(Opportunity)}. Adapts to {@link PersonRef} when it concerns a person.
 * <p>
 * The stage decides the status and, unless {@link #getProbabilityOverride()} is set, the probability. The status,
 * probability, close date, and the audit fields are kept by the service; their setters do not exist.
 */
public final class Opportunity implements IAdaptable {

    private long id;
    private int version;
    private String title = "";
    private PersonRef person;
    private Long organizationId;
    private String organizationName = "";
    private BigDecimal amount = BigDecimal.ZERO;
    private String currency = "EUR";
    private long pipelineId;
    private long stageId;
    private Integer probabilityOverride;
    private int probability;
    private LocalDate expectedClose;
    private String owner = "";
    private Long sourceCampaignId;
    private String nextStep = "";
    private OpportunityStatus status = OpportunityStatus.OPEN;
    private String lostReason = "";
    private LocalDate closedOn;
    private Instant createdAt;
    private Instant updatedAt;

    /** A new opportunity in the given stage. */
    public Opportunity(String title, long stageId) {
        this.title = title;
        this.stageId = stageId;
    }

    /** An empty opportunity; set at least the title and the stage. */
    public Opportunity() {
    }

    /** A copy. */
    public Opportunity copy() {
        Opportunity c = new Opportunity();
        c.id = id;
        c.version = version;
        c.title = title;
        c.person = person;
        c.organizationId = organizationId;
        c.organizationName = organizationName;
        c.amount = amount;
        c.currency = currency;
        c.pipelineId = pipelineId;
        c.stageId = stageId;
        c.probabilityOverride = probabilityOverride;
        c.probability = probability;
        c.expectedClose = expectedClose;
        c.owner = owner;
        c.sourceCampaignId = sourceCampaignId;
        c.nextStep = nextStep;
        c.status = status;
        c.lostReason = lostReason;
        c.closedOn = closedOn;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        return c;
    }

    /** Set by the service when reading; for internal use by the implementation. */
    public void loadState(long id, int version, long pipelineId, int probability, OpportunityStatus status,
            LocalDate closedOn, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.pipelineId = pipelineId;
        this.probability = probability;
        this.status = status;
        this.closedOn = closedOn;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id; 0 when not saved yet. */
    public long getId() {
        return id;
    }

    /** The version it was read at, compared on save (optimistic locking). */
    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The person the deal is with, or {@code null}. */
    public PersonRef getPerson() {
        return person;
    }

    public void setPerson(PersonRef person) {
        this.person = person;
    }

    /** The organization's contacts id, or {@code null}. */
    public Long getOrganizationId() {
        return organizationId;
    }

    /** The organization's name as shown (display only; the id identifies it). */
    public String getOrganizationName() {
        return organizationName;
    }

    /** Sets the organization; {@code null} id for none. */
    public void setOrganization(Long id, String name) {
        this.organizationId = id;
        this.organizationName = id == null || name == null ? "" : name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** ISO 4217 code, e.g. {@code EUR}. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The pipeline of the stage (kept by the service). */
    public long getPipelineId() {
        return pipelineId;
    }

    public long getStageId() {
        return stageId;
    }

    /** Changing the stage of a saved opportunity through {@code save} records it in the history like a move. */
    public void setStageId(long stageId) {
        this.stageId = stageId;
    }

    /** A probability in percent chosen instead of the stage's default, or {@code null} to follow the stage. */
    public Integer getProbabilityOverride() {
        return probabilityOverride;
    }

    public void setProbabilityOverride(Integer probabilityOverride) {
        this.probabilityOverride = probabilityOverride;
    }

    /**
     * The win probability in percent as last saved: the override, else the stage's default; 100 when won, 0 when
     * lost.
     */
    public int getProbability() {
        return probability;
    }

    public LocalDate getExpectedClose() {
        return expectedClose;
    }

    public void setExpectedClose(LocalDate expectedClose) {
        this.expectedClose = expectedClose;
    }

    /** The user name of the rep who owns it. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** The campaign that brought it in, or {@code null}. */
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

    /** Open, won or lost, following the stage (kept by the service). */
    public OpportunityStatus getStatus() {
        return status;
    }

    /** Why it was lost; required when the stage is a lost stage. */
    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }

    /** The day it was won or lost, or {@code null} while open (kept by the service). */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Amount times probability, to the cent: what the deal counts in the forecast. */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == PersonRef.class && person != null ? adapter.cast(person) : null;
    }

    @Override
    public String toString() {
        return "Opportunity " + id + " '" + title + "'";
    }
}
