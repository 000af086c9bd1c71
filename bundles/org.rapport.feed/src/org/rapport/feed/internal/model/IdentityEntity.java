package org.rapport.feed.internal.model;

import java.time.Instant;

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
 * An author or mentioned identity, once per network and normalised handle, and the contact it is matched to. The
 * person's name is kept beside the id so that a page of posts shows it without asking the contacts domain per row. An
 * identity a user linked by hand keeps its link whatever automatic matching finds later.
 */
@Entity(name = "Identity")
@Table(name = "FEED_IDENTITY", uniqueConstraints = @UniqueConstraint(name = "UX_IDENTITY_KEY", columnNames = {
        "NETWORK", "HANDLE" }), indexes = @Index(name = "IX_IDENTITY_PERSON", columnList = "PERSON_ID"))
@SequenceGenerator(name = "feed_identity_ids", sequenceName = "FEED_IDENTITY_SEQ", allocationSize = 100)
public class IdentityEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** The longest handle stored. */
    public static final int HANDLE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_identity_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NETWORK", length = 32, nullable = false)
    private String network;
    @Column(name = "HANDLE", length = HANDLE_LENGTH, nullable = false)
    private String handle;
    @Column(name = "DISPLAY_NAME", length = 300, nullable = false)
    private String displayName = "";
    @Column(name = "DID", length = 300)
    private String did;
    @Column(name = "EMAIL", length = 320)
    private String email;
    @Column(name = "PROFILE_URL", length = PostEntity.URL_LENGTH)
    private String profileUrl;
    @Column(name = "FOLLOWERS", nullable = false)
    private int followers = -1;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "PERSON_NAME", length = 200)
    private String personName;
    @Column(name = "LINKED_BY_USER", nullable = false)
    private boolean linkedByUser;
    /** When the contacts were last asked about it; unmatched identities are asked again after a while. */
    @Column(name = "CHECKED_AT")
    private Instant checkedAt;

    public IdentityEntity() {
    }

    public IdentityEntity(String network, String handle) {
        this.network = network;
        this.handle = handle;
    }

    public long getId() {
        return id;
    }

    public String getNetwork() {
        return network;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getDid() {
        return did;
    }

    public void setDid(String did) {
        this.did = did;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public void setProfileUrl(String profileUrl) {
        this.profileUrl = profileUrl;
    }

    public int getFollowers() {
        return followers;
    }

    public void setFollowers(int followers) {
        this.followers = followers;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    /** Matches it to a contact, or to nobody ({@code null}). */
    public void setPerson(Long personId, String personName) {
        this.personId = personId;
        this.personName = personId == null ? null : personName;
    }

    public boolean isLinkedByUser() {
        return linkedByUser;
    }

    public void setLinkedByUser(boolean linkedByUser) {
        this.linkedByUser = linkedByUser;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public void setCheckedAt(Instant checkedAt) {
        this.checkedAt = checkedAt;
    }
}
