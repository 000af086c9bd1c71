package org.rapport.community.internal.score;

import java.time.YearMonth;

import org.rapport.community.OrbitSnapshot;
import org.rapport.persistence.access.Audited;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The level history for the Orbit chart: members per level in one month, and the community's gravity then. */
@Entity(name = "CommunityOrbitMonth")
@Table(name = "CM_ORBIT_MONTH")
@Cacheable(false)
public class OrbitMonthEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** The insert of a full recompute (the columns of this entity and {@link Audited}). */
    static final String INSERT = "INSERT INTO CM_ORBIT_MONTH (MONTH_KEY, ADVOCATES, CONTRIBUTORS, PARTICIPANTS, "
            + "EXPLORERS, COMMITMENT, GRAVITY, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";

    /** yyyymm, e.g. 202612. */
    @Id
    @Column(name = "MONTH_KEY")
    private int month;
    @Column(name = "ADVOCATES", nullable = false)
    private int advocates;
    @Column(name = "CONTRIBUTORS", nullable = false)
    private int contributors;
    @Column(name = "PARTICIPANTS", nullable = false)
    private int participants;
    @Column(name = "EXPLORERS", nullable = false)
    private int explorers;
    @Column(name = "COMMITMENT", nullable = false)
    private double weightedCommitment;
    @Column(name = "GRAVITY", nullable = false)
    private double gravity;

    public OrbitMonthEntity() {
    }

    OrbitMonthEntity(OrbitSnapshot snapshot) {
        month = key(snapshot.month());
        set(snapshot);
    }

    void set(OrbitSnapshot snapshot) {
        advocates = snapshot.advocates();
        contributors = snapshot.contributors();
        participants = snapshot.participants();
        explorers = snapshot.explorers();
        weightedCommitment = snapshot.weightedCommitment();
        gravity = snapshot.gravity();
    }

    OrbitSnapshot toSnapshot() {
        return new OrbitSnapshot(YearMonth.of(month / 100, month % 100), advocates, contributors, participants,
                explorers, weightedCommitment, gravity);
    }

    YearMonth month() {
        return YearMonth.of(month / 100, month % 100);
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
