package org.rapport.loyalty.internal.model;

import java.math.BigDecimal;
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

/** A loyalty program; its tiers and rewards refer to it by id. */
@Entity(name = "LoyaltyProgram")
@Table(name = "LOY_PROGRAM", uniqueConstraints = @UniqueConstraint(name = "UX_LOY_PROGRAM_NAME", columnNames = "NAME_KEY"))
@SequenceGenerator(name = "loy_program_ids", sequenceName = "LOY_PROGRAM_SEQ", allocationSize = 10)
public class ProgramEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_program_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    /** The name in lower case: names are unique ignoring case. */
    @Column(name = "NAME_KEY", length = 100, nullable = false)
    private String nameKey;
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;
    @Column(name = "POINTS_PER_UNIT", precision = 19, scale = 6, nullable = false)
    private BigDecimal pointsPerUnit;
    @Column(name = "PENDING_DAYS", nullable = false)
    private int pendingDays;
    @Column(name = "EXPIRY_MONTHS", nullable = false)
    private int expiryMonths;
    @Column(name = "POINT_VALUE", precision = 19, scale = 6, nullable = false)
    private BigDecimal pointValue;
    /** The last day of a monthly tier review, so that a review runs once a day. */
    @Column(name = "LAST_REVIEW")
    private LocalDate lastReview;

    protected ProgramEntity() {
    }

    public ProgramEntity(String name, String currency, BigDecimal pointsPerUnit, int pendingDays, int expiryMonths,
            BigDecimal pointValue) {
        this.name = name;
        this.nameKey = name.toLowerCase(java.util.Locale.ROOT);
        this.currency = currency;
        this.pointsPerUnit = pointsPerUnit;
        this.pendingDays = pendingDays;
        this.expiryMonths = expiryMonths;
        this.pointValue = pointValue;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getPointsPerUnit() {
        return pointsPerUnit;
    }

    public int getPendingDays() {
        return pendingDays;
    }

    public int getExpiryMonths() {
        return expiryMonths;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public LocalDate getLastReview() {
        return lastReview;
    }

    public void setLastReview(LocalDate lastReview) {
        this.lastReview = lastReview;
    }
}
