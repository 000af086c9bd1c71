package org.rapport.pipeline.internal.model;

import java.time.Instant;

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
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseStatus;

/** A case (complaint) row. */
@Entity(name = "SupportCase")
@Table(name = "PL_CASE", indexes = {
        @Index(name = "IX_CASE_PERSON", columnList = "PERSON_ID, OPENED_AT"),
        @Index(name = "IX_CASE_STATUS", columnList = "STATUS, OPENED_AT") })
@SequenceGenerator(name = "pl_case_ids", sequenceName = "PL_CASE_SEQ", allocationSize = 50)
public class CaseEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_case_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "PERSON_NAME", length = 200)
    private String personName;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 12, nullable = false)
    private CaseChannel channel;
    @Column(name = "CATEGORY", length = 100)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(name = "PRIORITY", length = 8, nullable = false)
    private CasePriority priority;
    @Column(name = "SUBJECT", length = 200, nullable = false)
    private String subject;
    @Column(name = "DESCRIPTION", length = 4000)
    private String description;
    @Column(name = "OWNER", length = 64)
    private String owner;
    @Column(name = "OPPORTUNITY_ID")
    private Long opportunityId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 12, nullable = false)
    private CaseStatus status = CaseStatus.NEW;
    @Column(name = "RESOLUTION", length = 4000)
    private String resolution;
    @Column(name = "SATISFACTION")
    private Integer satisfaction;
    @Column(name = "OPENED_AT", nullable = false)
    private Instant openedAt;
    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;
    @Column(name = "CLOSED_AT")
    private Instant closedAt;
    @Column(name = "SATISFIED_POSTED", nullable = false)
    private boolean satisfiedPosted;

    public CaseEntity() {
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPerson(long id, String name) {
        this.personId = id;
        this.personName = name;
    }

    public CaseChannel getChannel() {
        return channel;
    }

    public void setChannel(CaseChannel channel) {
        this.channel = channel;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public void setPriority(CasePriority priority) {
        this.priority = priority;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(Instant resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public boolean isSatisfiedPosted() {
        return satisfiedPosted;
    }

    public void setSatisfiedPosted(boolean satisfiedPosted) {
        this.satisfiedPosted = satisfiedPosted;
    }
}
