package org.rapport.pipeline.internal.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** Optimistic locking and audit fields shared by every pipeline entity. */
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
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        updatedAt = createdAt;
        createdBy = updatedBy = currentUser();
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        updatedBy = currentUser();
    }

    /** The user name of whoever runs this process, at most 64 characters. */
    public static String currentUser() {
        String user = System.getProperty("user.name", "");
        return user.length() > 64 ? user.substring(0, 64) : user;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Back-dates the creation (demo data and benchmarks); only before the first save. */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
