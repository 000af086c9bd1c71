package org.rapport.loyalty.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

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

import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.persistence.access.Audited;

/** An earning rule of a program: a category multiplier or a bonus on an event (see {@code EarningRule}). */
@Entity(name = "LoyaltyRule")
@Table(name = "LOY_RULE", indexes = @Index(name = "IX_LOY_RULE_KIND", columnList = "KIND, PROGRAM_ID"))
@SequenceGenerator(name = "loy_rule_ids", sequenceName = "LOY_RULE_SEQ", allocationSize = 20)
public class RuleEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_rule_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private RuleKind kind;
    /** A category rule's category in lower case, else {@code null}. */
    @Column(name = "CATEGORY_KEY", length = 100)
    private String categoryKey;
    @Column(name = "CATEGORY", length = 100)
    private String category;
    @Column(name = "MULTIPLIER", precision = 19, scale = 6, nullable = false)
    private BigDecimal multiplier;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "POINTS_PER_UNIT", precision = 19, scale = 6, nullable = false)
    private BigDecimal pointsPerUnit;
    @Column(name = "VALID_FROM")
    private LocalDate validFrom;
    @Column(name = "VALID_TO")
    private LocalDate validTo;
    @Column(name = "SEGMENT_ID")
    private Long segmentId;
    @Column(name = "SEGMENT_NAME", length = 200)
    private String segmentName;
    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    protected RuleEntity() {
    }

    public RuleEntity(long programId, RuleDraft draft) {
        this.programId = programId;
        apply(draft);
    }

    /** Takes a draft's settings (checked before). */
    public void apply(RuleDraft draft) {
        name = draft.name();
        kind = draft.kind();
        category = draft.category() == null || draft.category().isBlank() ? null : draft.category().trim();
        categoryKey = category == null ? null : category.toLowerCase(java.util.Locale.ROOT);
        multiplier = draft.multiplier();
        points = draft.points();
        pointsPerUnit = draft.pointsPerUnit();
        validFrom = draft.validFrom();
        validTo = draft.validTo();
        segmentId = draft.segmentId();
        segmentName = draft.segmentName();
    }

    public long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public String getName() {
        return name;
    }

    public RuleKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getPointsPerUnit() {
        return pointsPerUnit;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public String getSegmentName() {
        return segmentName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
