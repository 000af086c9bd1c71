package org.rapport.loyalty.internal.model;

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

/**
 * The points of one credit entry and what remains of them: the state the ledger's allocations leave, kept so that a
 * balance is a sum over a member's open lots rather than over the whole history. {@code OPEN_UNTIL} is the expiry day
 * while points remain and {@code null} once the lot is used up, so the daily expiry run finds only open lots.
 */
@Entity(name = "LoyaltyLot")
@Table(name = "LOY_LOT", indexes = { @Index(name = "IX_LOY_LOT_MEMBER", columnList = "MEMBER_ID, REMAINING"),
        @Index(name = LotEntity.EXPIRING_INDEX, columnList = LotEntity.EXPIRING_INDEX_COLUMNS) })
@SequenceGenerator(name = "loy_lot_ids", sequenceName = "LOY_LOT_SEQ", allocationSize = 1000)
public class LotEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /**
     * A program's open lots by their last day, with their member: the expiry run finds the members concerned from the
     * index alone (schema version 2; version 1 had program and day only).
     */
    public static final String EXPIRING_INDEX = "IX_LOY_LOT_EXPIRING";
    /** The columns of {@link #EXPIRING_INDEX}. */
    public static final String EXPIRING_INDEX_COLUMNS = "PROGRAM_ID, OPEN_UNTIL, MEMBER_ID";

    /** Stands for "never expires" in {@code OPEN_UNTIL}, so that open lots are never {@code null}. */
    public static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_lot_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "ENTRY_ID", nullable = false)
    private long entryId;
    @Column(name = "EARNED_ON", nullable = false)
    private LocalDate earnedOn;
    @Column(name = "AVAILABLE_FROM", nullable = false)
    private LocalDate availableFrom;
    /** The last usable day; {@link #NEVER} when the program's points do not expire. */
    @Column(name = "EXPIRES_ON", nullable = false)
    private LocalDate expiresOn;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "REMAINING", nullable = false)
    private long remaining;
    @Column(name = "OPEN_UNTIL")
    private LocalDate openUntil;

    protected LotEntity() {
    }

    public LotEntity(long programId, long memberId, long entryId, LocalDate earnedOn, LocalDate availableFrom,
            LocalDate expiresOn, long points) {
        this.programId = programId;
        this.memberId = memberId;
        this.entryId = entryId;
        this.earnedOn = earnedOn;
        this.availableFrom = availableFrom;
        this.expiresOn = expiresOn;
        this.points = points;
        this.remaining = points;
        this.openUntil = points > 0 ? expiresOn : null;
    }

    public long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getEntryId() {
        return entryId;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public long getPoints() {
        return points;
    }

    public long getRemaining() {
        return remaining;
    }

    /** Takes points from the lot (at most what remains); returns how many were taken. */
    public long take(long wanted) {
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        if (remaining == 0) {
            openUntil = null;
        }
        return taken;
    }

    /** Whether its points can be spent on {@code day}. */
    public boolean availableOn(LocalDate day) {
        return remaining > 0 && !day.isBefore(availableFrom) && !day.isAfter(expiresOn);
    }

    /** Whether its points are still pending on {@code day}. */
    public boolean pendingOn(LocalDate day) {
        return remaining > 0 && day.isBefore(availableFrom) && !day.isAfter(expiresOn);
    }
}
