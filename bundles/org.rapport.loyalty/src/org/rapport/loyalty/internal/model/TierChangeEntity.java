package org.rapport.loyalty.internal.model;

import java.time.Instant;
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

/** A member's tier change as it was announced, kept for the contact's timeline (the member row keeps only the current one). */
@Entity(name = "LoyaltyTierChange")
@Table(name = "LOY_TIER_CHANGE", indexes = @Index(name = "IX_LOY_TIER_CHANGE_PERSON", columnList = "PERSON_ID, CHANGED_AT"))
@SequenceGenerator(name = "loy_tier_change_ids", sequenceName = "LOY_TIER_CHANGE_SEQ", allocationSize = 50)
public class TierChangeEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_tier_change_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "FROM_TIER", length = 100, nullable = false)
    private String fromTier;
    @Column(name = "TO_TIER", length = 100, nullable = false)
    private String toTier;
    /** The business day of the change (the member's tier-since day). */
    @Column(name = "DAY", nullable = false)
    private LocalDate day;
    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected TierChangeEntity() {
    }

    public TierChangeEntity(long programId, long personId, String fromTier, String toTier, LocalDate day,
            Instant changedAt) {
        this.programId = programId;
        this.personId = personId;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.day = day;
        this.changedAt = changedAt;
    }

    public long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFromTier() {
        return fromTier;
    }

    public String getToTier() {
        return toTier;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
