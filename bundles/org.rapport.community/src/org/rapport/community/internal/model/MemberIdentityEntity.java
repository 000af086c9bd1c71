package org.rapport.community.internal.model;

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
 * A member's identity on a platform; unique per network and handle. {@code ORIGIN_MEMBER_ID} is the member it was
 * first recorded for, so undoing a merge gives it back.
 */
@Entity(name = "CommunityIdentity")
@Table(name = "CM_IDENTITY", indexes = {
        @Index(name = "IX_COMM_IDENTITY_KEY", columnList = "NETWORK, HANDLE", unique = true),
        @Index(name = "IX_COMM_IDENTITY_MEMBER", columnList = "MEMBER_ID"),
        @Index(name = "IX_COMM_IDENTITY_HANDLE", columnList = "HANDLE") })
@SequenceGenerator(name = "cm_identity_ids", sequenceName = "CM_IDENTITY_SEQ", allocationSize = 100)
public class MemberIdentityEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_identity_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "MEMBER_ID", nullable = false)
    private long memberId;
    @Column(name = "ORIGIN_MEMBER_ID", nullable = false)
    private long originMemberId;
    @Column(name = "NETWORK", length = 40, nullable = false)
    private String network;
    @Column(name = "HANDLE", length = 255, nullable = false)
    private String handle;
    @Column(name = "DISPLAY_NAME", length = 200)
    private String displayName;
    @Column(name = "VERIFIED", nullable = false)
    private boolean verified;
    @Column(name = "SOURCE", length = 100)
    private String source;

    public MemberIdentityEntity() {
    }

    /** A new identity of a member (network and handle already normalised). */
    public MemberIdentityEntity(long memberId, String network, String handle) {
        this.memberId = memberId;
        this.originMemberId = memberId;
        this.network = network;
        this.handle = handle;
    }

    public long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public long getOriginMemberId() {
        return originMemberId;
    }

    public String getNetwork() {
        return network;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName == null ? "" : displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null || displayName.isEmpty() ? null
                : displayName.length() > 200 ? displayName.substring(0, 200) : displayName;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public String getSource() {
        return source == null ? "" : source;
    }

    public void setSource(String source) {
        this.source = source == null || source.isEmpty() ? null
                : source.length() > 100 ? source.substring(0, 100) : source;
    }
}
