package org.rapport.loyalty.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** Which earned lot a debit entry (redeem, expire, cancel, negative adjust) drew how many points from. */
@Entity(name = "LoyaltyAllocation")
@Table(name = "LOY_ALLOCATION", indexes = { @Index(name = "IX_LOY_ALLOC_DEBIT", columnList = "DEBIT_ENTRY_ID"),
        @Index(name = "IX_LOY_ALLOC_LOT", columnList = "LOT_ID") })
@SequenceGenerator(name = "loy_allocation_ids", sequenceName = "LOY_ALLOCATION_SEQ", allocationSize = 1000)
public class AllocationEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_allocation_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "DEBIT_ENTRY_ID", nullable = false)
    private long debitEntryId;
    @Column(name = "LOT_ID", nullable = false)
    private long lotId;
    @Column(name = "POINTS", nullable = false)
    private long points;

    protected AllocationEntity() {
    }

    public AllocationEntity(long debitEntryId, long lotId, long points) {
        this.debitEntryId = debitEntryId;
        this.lotId = lotId;
        this.points = points;
    }

    public long getId() {
        return id;
    }

    public long getDebitEntryId() {
        return debitEntryId;
    }

    public long getLotId() {
        return lotId;
    }

    public long getPoints() {
        return points;
    }
}
