package org.rapport.contacts.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** Optimistic locking and audit fields shared by every contacts entity. */
@MappedSuperclass
public abstract class Audited implements Serializable {

    private static final long serialVersionUID = 1L;

    @Version
    @Column(name = "VERSION")
    private int version;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = 64)
    private String createdBy;

    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 64)
    private String updatedBy;

    @PrePersist
    void beforeInsert() {
        createdAt = updatedAt = Instant.now();
        createdBy = updatedBy = currentUser();
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        updatedBy = currentUser();
    }

    private static String currentUser() {
        String user = System.getProperty("user.name", "");
        return user.length() > 64 ? user.substring(0, 64) : user;
    }

    /** The version the optimistic lock compares; 0 for an object never saved. */
    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** Copies the audit and version fields, for a detached copy. */
    protected void copyAuditFrom(Audited other) {
        version = other.version;
        createdAt = other.createdAt;
        createdBy = other.createdBy;
        updatedAt = other.updatedAt;
        updatedBy = other.updatedBy;
    }
}
