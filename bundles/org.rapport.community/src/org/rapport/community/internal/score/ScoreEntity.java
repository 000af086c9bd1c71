package org.rapport.community.internal.score;

import java.time.Instant;

import org.rapport.community.MemberScore;
import org.rapport.community.OrbitLevel;
import org.rapport.persistence.access.Audited;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A member's stored scores (one row per member that is not staff), keyed by the member's id. Rewritten in one
 * transaction by a full recompute (over JDBC, hence not in the shared cache) and row by row after new activity.
 */
@Entity(name = "CommunityScore")
@Table(name = "CM_SCORE", indexes = {
        @Index(name = "IX_COMM_SCORE_LEVEL", columnList = "LEVEL_NO, GRAVITY"),
        @Index(name = "IX_COMM_SCORE_GRAVITY", columnList = "GRAVITY") })
@Cacheable(false)
public class ScoreEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** The insert of a full recompute's batch (the columns of this entity and {@link Audited}). */
    static final String INSERT = "INSERT INTO CM_SCORE (MEMBER_ID, LEVEL_NO, LOVE, REACH, GRAVITY, LAST_ACTIVE, AS_OF, "
            + "VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";

    @Id
    @Column(name = "MEMBER_ID")
    private long memberId;
    @Column(name = "LEVEL_NO", nullable = false)
    private int level;
    @Column(name = "LOVE", nullable = false)
    private double love;
    /** Reach as of {@code AS_OF}: an interaction added later decays the stored value to its time first. */
    @Column(name = "REACH", nullable = false)
    private double reach;
    @Column(name = "GRAVITY", nullable = false)
    private double gravity;
    @Column(name = "LAST_ACTIVE")
    private Instant lastActive;
    @Column(name = "AS_OF", nullable = false)
    private Instant asOf;

    public ScoreEntity() {
    }

    ScoreEntity(MemberScore score) {
        this.memberId = score.memberId();
        set(score);
    }

    /** Takes the figures of {@code score} (same member). */
    void set(MemberScore score) {
        level = score.level().number();
        love = score.love();
        reach = score.reach();
        gravity = score.gravity();
        lastActive = score.lastActive();
        asOf = score.asOf();
    }

    MemberScore toScore() {
        return new MemberScore(memberId, OrbitLevel.of(level), love, reach, gravity, lastActive, asOf);
    }

    long getMemberId() {
        return memberId;
    }

    OrbitLevel level() {
        return OrbitLevel.of(level);
    }

    double reach() {
        return reach;
    }

    Instant asOf() {
        return asOf;
    }

    /** Adds reach earned at {@code now}, decaying what was stored to {@code now} first; gravity follows. */
    void addReach(double decayedReach, double added, Instant now) {
        reach = decayedReach + added;
        gravity = love * reach;
        asOf = now.isAfter(asOf) ? now : asOf;
    }
}
