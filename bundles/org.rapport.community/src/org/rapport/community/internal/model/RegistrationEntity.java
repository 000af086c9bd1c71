package org.rapport.community.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** A member's registration for an event; unique per event and member. */
@Entity(name = "CommunityRegistration")
@Table(name = "CM_REGISTRATION", indexes = {
        @Index(name = "IX_COMM_REG_EVENT", columnList = "EVENT_ID, MEMBER_ID", unique = true),
        @Index(name = "IX_COMM_REG_MEMBER", columnList = "MEMBER_ID") })
@SequenceGenerator(name = "cm_registration_ids", sequenceName = "CM_REGISTRATION_SEQ", allocationSize = 100)
public class RegistrationEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_registration_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "EVENT_ID", nullable = false)
    private long eventId;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "REGISTERED_AT", nullable = false)
    private Instant registeredAt;
    @Column(name = "ATTENDED", nullable = false)
    private boolean attended;
    @Column(name = "FOLLOWED_UP", nullable = false)
    private boolean followedUp;

    public RegistrationEntity() {
    }

    /** A new registration. */
    public RegistrationEntity(long eventId, long memberId, Instant registeredAt) {
        this.eventId = eventId;
        this.memberId = memberId;
        this.registeredAt = registeredAt;
    }

    public long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isAttended() {
        return attended;
    }

    public void setAttended(boolean attended) {
        this.attended = attended;
    }

    public boolean isFollowedUp() {
        return followedUp;
    }

    public void setFollowedUp(boolean followedUp) {
        this.followedUp = followedUp;
    }
}
