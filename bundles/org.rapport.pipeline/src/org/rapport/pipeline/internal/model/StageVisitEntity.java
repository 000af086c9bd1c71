package org.rapport.pipeline.internal.model;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/**
 * One entry of an opportunity's stage history. The seconds spent in the stage are stored when it is left, so the
 * average time per stage is a plain AVG in the database. An undone move is kept, marked, for the audit trail.
 */
@Entity(name = "StageVisit")
@Table(name = "PL_STAGE_VISIT", indexes = {
        @Index(name = "IX_VISIT_OPPORTUNITY", columnList = "OPPORTUNITY_ID, ENTERED_AT"),
        @Index(name = "IX_VISIT_PERSON", columnList = "PERSON_ID, ENTERED_AT"),
        @Index(name = "IX_VISIT_STAGE", columnList = "STAGE_ID, UNDONE") })
@SequenceGenerator(name = "pl_visit_ids", sequenceName = "PL_STAGE_VISIT_SEQ", allocationSize = 500)
public class StageVisitEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_visit_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "OPPORTUNITY_ID", nullable = false)
    private long opportunityId;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "STAGE_ID", nullable = false)
    private long stageId;
    @Column(name = "ENTERED_AT", nullable = false)
    private Instant enteredAt;
    @Column(name = "LEFT_AT")
    private Instant leftAt;
    @Column(name = "SECONDS_IN_STAGE")
    private Long secondsInStage;
    @Column(name = "UNDONE", nullable = false)
    private boolean undone;
    @Column(name = "CHANGED_BY", length = 64)
    private String changedBy;

    protected StageVisitEntity() {
    }

    public StageVisitEntity(long opportunityId, Long personId, long stageId, Instant enteredAt) {
        this.opportunityId = opportunityId;
        this.personId = personId;
        this.stageId = stageId;
        this.enteredAt = enteredAt;
    }

    /** Who moved the deal: who is working when the visit is saved, as the audit columns record it. */
    @PrePersist
    void recordWhoMoved() {
        changedBy = getCreatedBy();
    }

    /** Records leaving the stage. */
    public void leave(Instant at) {
        leftAt = at;
        secondsInStage = Math.max(0, Duration.between(enteredAt, at).getSeconds());
    }

    /** Back in the stage after an undo. */
    public void reenter() {
        leftAt = null;
        secondsInStage = null;
    }

    public long getId() {
        return id;
    }

    public long getOpportunityId() {
        return opportunityId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public long getStageId() {
        return stageId;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public boolean isUndone() {
        return undone;
    }

    public void markUndone() {
        undone = true;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
