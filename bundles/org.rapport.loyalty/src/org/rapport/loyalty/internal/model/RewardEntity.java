package org.rapport.loyalty.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.rapport.persistence.access.Audited;

/**
 * A reward of a program's catalog. Its stock is only ever taken with a conditional update
 * ({@code STOCK = STOCK - 1 WHERE STOCK > 0}), so the database decides who gets the last one.
 */
@Entity(name = "LoyaltyReward")
@Table(name = "LOY_REWARD", uniqueConstraints = @UniqueConstraint(name = "UX_LOY_REWARD_CODE", columnNames = { "PROGRAM_ID", "CODE_KEY" }))
@SequenceGenerator(name = "loy_reward_ids", sequenceName = "LOY_REWARD_SEQ", allocationSize = 20)
public class RewardEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_reward_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "CODE", length = 40, nullable = false)
    private String code;
    @Column(name = "CODE_KEY", length = 40, nullable = false)
    private String codeKey;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Column(name = "POINTS", nullable = false)
    private long points;
    /** {@code null}: unlimited. */
    @Column(name = "STOCK")
    private Integer stock;
    @Column(name = "VALID_FROM")
    private LocalDate validFrom;
    @Column(name = "VALID_TO")
    private LocalDate validTo;

    protected RewardEntity() {
    }

    public RewardEntity(long programId, String code, String name, long points, Integer stock, LocalDate validFrom,
            LocalDate validTo) {
        this.programId = programId;
        this.code = code;
        this.codeKey = code.toUpperCase(java.util.Locale.ROOT);
        this.name = name;
        this.points = points;
        this.stock = stock;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getPoints() {
        return points;
    }

    public Integer getStock() {
        return stock;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
