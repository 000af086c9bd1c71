package org.rapport.loyalty.internal.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.rapport.persistence.access.Audited;

/** A tier of a program; rank 0 is the base tier, higher ranks have higher thresholds. */
@Entity(name = "LoyaltyTier")
@Table(name = "LOY_TIER", uniqueConstraints = @UniqueConstraint(name = "UX_LOY_TIER_RANK", columnNames = { "PROGRAM_ID", "RANK_NO" }))
@SequenceGenerator(name = "loy_tier_ids", sequenceName = "LOY_TIER_SEQ", allocationSize = 20)
public class TierEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_tier_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "RANK_NO", nullable = false)
    private int rank;
    @Column(name = "NAME", length = 60, nullable = false)
    private String name;
    @Column(name = "THRESHOLD", nullable = false)
    private long threshold;
    @Column(name = "MULTIPLIER", precision = 12, scale = 4, nullable = false)
    private BigDecimal multiplier;

    protected TierEntity() {
    }

    public TierEntity(long programId, int rank, String name, long threshold, BigDecimal multiplier) {
        this.programId = programId;
        this.rank = rank;
        this.name = name;
        this.threshold = threshold;
        this.multiplier = multiplier;
    }

    public long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public long getThreshold() {
        return threshold;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }
}
