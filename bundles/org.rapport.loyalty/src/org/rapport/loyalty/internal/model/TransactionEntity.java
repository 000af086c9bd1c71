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

/**
 * A purchase or refund as recorded, once per reference in a program (what makes imports idempotent). A purchase
 * keeps what was refunded of it so far and the points those refunds cancelled.
 */
@Entity(name = "LoyaltyTransaction")
// REFERENCE leads the unique index: an import asks for a chunk's references with an IN list, which Derby probes
// only on an index's first column (with PROGRAM_ID first it scanned every transaction once a chunk)
@Table(name = "LOY_TRANSACTION", uniqueConstraints = @UniqueConstraint(name = "UX_LOY_TX_REFERENCE", columnNames = { "REFERENCE", "PROGRAM_ID" }))
@SequenceGenerator(name = "loy_transaction_ids", sequenceName = "LOY_TRANSACTION_SEQ", allocationSize = 1000)
public class TransactionEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** {@code TX_TYPE} of a purchase. */
    public static final String PURCHASE = "purchase";
    /** {@code TX_TYPE} of a refund. */
    public static final String REFUND = "refund";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_transaction_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "REFERENCE", length = 100, nullable = false)
    private String reference;
    @Column(name = "TX_TYPE", length = 10, nullable = false)
    private String type;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "DAY", nullable = false)
    private LocalDate day;
    @Column(name = "AMOUNT", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;
    @Column(name = "REFUNDS_REF", length = 100)
    private String refunds;
    /** The EARN or CANCEL entry it wrote. */
    @Column(name = "ENTRY_ID", nullable = false)
    private long entryId;
    /** A purchase's earned points. */
    @Column(name = "POINTS", nullable = false)
    private long points;
    /** A purchase's lot. */
    @Column(name = "LOT_ID")
    private Long lotId;
    @Column(name = "REFUNDED", precision = 19, scale = 4, nullable = false)
    private BigDecimal refunded = BigDecimal.ZERO;
    @Column(name = "CANCELLED_POINTS", nullable = false)
    private long cancelledPoints;
    /** A purchase's category (the import's optional column) in lower case, or {@code null}; category rules use it. */
    @Column(name = "CATEGORY_KEY", length = 100)
    private String categoryKey;

    protected TransactionEntity() {
    }

    public TransactionEntity(long programId, String reference, String type, long memberId, LocalDate day,
            BigDecimal amount, String currency, String refunds) {
        this.programId = programId;
        this.reference = reference;
        this.type = type;
        this.memberId = memberId;
        this.day = day;
        this.amount = amount;
        this.currency = currency;
        this.refunds = refunds;
    }

    public long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getType() {
        return type;
    }

    public long getMemberId() {
        return memberId;
    }

    public LocalDate getDay() {
        return day;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getRefunds() {
        return refunds;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getPoints() {
        return points;
    }

    public Long getLotId() {
        return lotId;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public long getCancelledPoints() {
        return cancelledPoints;
    }

    public String getCategoryKey() {
        return categoryKey;
    }

    /** Sets a purchase's category (kept in lower case; blank for none). */
    public void setCategory(String category) {
        this.categoryKey = categoryKey(category);
    }

    /** How a purchase's category is kept: trimmed, in lower case; {@code null} for none. */
    public static String categoryKey(String category) {
        return category == null || category.isBlank() ? null : category.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Records what a purchase earned, or the entry a refund wrote. */
    public void recorded(long entry, long earnedPoints, Long lot) {
        this.entryId = entry;
        this.points = earnedPoints;
        this.lotId = lot;
    }

    /** Adds a refund of this purchase. */
    public void refunded(BigDecimal refundAmount, long cancelled) {
        this.refunded = refunded.add(refundAmount);
        this.cancelledPoints += cancelled;
    }
}
