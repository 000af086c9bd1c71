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
import jakarta.persistence.UniqueConstraint;

import org.rapport.persistence.access.Audited;

/**
 * A contact's membership of a program: the member's account row. Every ledger write on the member locks this row
 * first (pessimistic write lock), so the database serializes writes on one member across threads and processes.
 */
@Entity(name = "LoyaltyMember")
@Table(name = "LOY_MEMBER", uniqueConstraints = @UniqueConstraint(name = "UX_LOY_MEMBER_PERSON", columnNames = { "PROGRAM_ID", "PERSON_ID" }),
        indexes = @Index(name = "IX_LOY_MEMBER_PERSON", columnList = "PERSON_ID"))
@SequenceGenerator(name = "loy_member_ids", sequenceName = "LOY_MEMBER_SEQ", allocationSize = 500)
public class MemberEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loy_member_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PROGRAM_ID", nullable = false)
    private long programId;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "ENROLLED_ON", nullable = false)
    private LocalDate enrolledOn;
    /** The current tier's rank in the program (0: base tier). */
    @Column(name = "TIER_RANK", nullable = false)
    private int tierRank;
    @Column(name = "TIER_SINCE", nullable = false)
    private LocalDate tierSince;

    protected MemberEntity() {
    }

    public MemberEntity(long programId, long personId, LocalDate enrolledOn) {
        this.programId = programId;
        this.personId = personId;
        this.enrolledOn = enrolledOn;
        this.tierSince = enrolledOn;
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

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public int getTierRank() {
        return tierRank;
    }

    public LocalDate getTierSince() {
        return tierSince;
    }

    public void setTier(int rank, LocalDate since) {
        this.tierRank = rank;
        this.tierSince = since;
    }
}
