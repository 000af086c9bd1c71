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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.rapport.loyalty.EntryType;
import org.rapport.persistence.access.Audited;

/**
 * One ledger entry, written once and never changed. {@code POINTS} is what it does to the balance (negative for a
 * debit); {@code QUALIFYING} what it counts for tiers on its day (earned and bonus points, minus the points a refund
 * cancels; 0 for redemptions, expiry and adjustments).
 */
@Entity(name = "LoyaltyEntry")
@Table(name = "LOY_ENTRY",
        uniqueConstraints = @UniqueConstraint(name = "UX_LOY_ENTRY_SOURCE", columnNames = { "PROGRAM_ID", "SOURCE_REF" }),
        indexes = { @Index(name = LedgerEntryEntity.MEMBER_INDEX, columnList = LedgerEntryEntity.MEMBER_INDEX_COLUMNS),
                @Index(name = LedgerEntryEntity.PROGRAM_INDEX, columnList = LedgerEntryEntity.PROGRAM_INDEX_COLUMNS) })
@SequenceGenerator(name = "loy_entry_ids", sequenceName = "LOY_ENTRY_SEQ", allocationSize = 1000)
public class LedgerEntryEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /**
     * A member's entries by day with the columns a statement and the tier points sum, so those sums are answered from
     * the index alone (schema version 2; version 1 indexed member and day only).
     */
    public static final String MEMBER_INDEX = "IX_LOY_ENTRY_MEMBER";
    /** The columns of {@link #MEMBER_INDEX}. */
    public static final String MEMBER_INDEX_COLUMNS = "MEMBER_ID, DAY, ENTRY_TYPE, POINTS, QUALIFYING";
    /** A program's entries by day with what the month figures sum, answered from the index alone (version 2). */
    public static final String PROGRAM_INDEX = "IX_LOY_ENTRY_PROGRAM_DAY";
    /** The columns of {@link #PROGRAM_INDEX}. */
    public static final String PROGRAM_INDEX_COLUMNS = "PROGRAM_ID, DAY, ENTRY_TYPE, POINTS";

    /** The longest reason kept. */
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_entry_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", length = 10, nullable = false)
    private EntryType type;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "QUALIFYING", nullable = false)
    private long qualifying;
    @Column(name = "DAY", nullable = false)
    private LocalDate day;
    @Column(name = "AVAILABLE_FROM")
    private LocalDate availableFrom;
    @Column(name = "EXPIRES_ON")
    private LocalDate expiresOn;
    @Column(name = "REASON", length = REASON_LENGTH)
    private String reason;
    @Column(name = "REFERENCE", length = 100)
    private String reference;
    /** What a bonus was awarded for, unique in the program; {@code null} for other entries. */
    @Column(name = "SOURCE_REF", length = 200)
    private String sourceRef;
    @Column(name = "AMOUNT", precision = 19, scale = 4)
    private BigDecimal amount;
    /** Who asked for it (a manual adjustment's user; otherwise the process's user). */
    @Column(name = "USER_NAME", length = Audited.USER_LENGTH)
    private String user;

    protected LedgerEntryEntity() {
    }

    public LedgerEntryEntity(long programId, long memberId, EntryType type, long points, long qualifying, LocalDate day) {
        this.programId = programId;
        this.memberId = memberId;
        this.type = type;
        this.points = points;
        this.qualifying = qualifying;
        this.day = day;
    }

    /** Unless a manual adjustment named its user: who is working when it is saved, as the audit columns record it. */
    @PrePersist
    void recordUser() {
        if (user == null) {
            user = getCreatedBy();
        }
    }

    public long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public long getMemberId() {
        return memberId;
    }

    public EntryType getType() {
        return type;
    }

    public long getPoints() {
        return points;
    }

    public long getQualifying() {
        return qualifying;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getUser() {
        return user;
    }

    /** Sets the validity of a credit's points (before the first save). */
    public LedgerEntryEntity validity(LocalDate from, LocalDate until) {
        this.availableFrom = from;
        this.expiresOn = until;
        return this;
    }

    /** Sets why and for what (before the first save). */
    public LedgerEntryEntity about(String why, String ref, String source, BigDecimal money) {
        this.reason = why == null || why.length() <= REASON_LENGTH ? why : why.substring(0, REASON_LENGTH);
        this.reference = ref;
        this.sourceRef = source;
        this.amount = money;
        return this;
    }

    /** Settles a debit's points once the lots it draws from are known (before the first save is committed). */
    public void settle(long settledPoints) {
        this.points = settledPoints;
    }

    /** Sets who asked for it (before the first save). */
    public LedgerEntryEntity by(String userName) {
        this.user = userName.length() > Audited.USER_LENGTH ? userName.substring(0, Audited.USER_LENGTH) : userName;
        return this;
    }
}
