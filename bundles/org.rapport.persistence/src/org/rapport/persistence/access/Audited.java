package org.rapport.persistence.access;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.rapport.core.Revision;
import org.rapport.core.user.RapportUser;

/**
 * Optimistic locking and audit fields for every entity of every domain: extend it from a domain's entities.
 * <p>
 * Columns: {@code VERSION} (the optimistic lock), {@code CREATED_AT}, {@code CREATED_BY}, {@code UPDATED_AT},
 * {@code UPDATED_BY}. The creation time may be back-dated before the first save (demo data, imports of history); the
 * user columns hold who is working ({@link RapportUser}), written by the persistence bundle when the entity is
 * persisted ({@code CREATED_BY}, {@code UPDATED_BY}) and with every update ({@code UPDATED_BY}): the name comes from the
 * database the unit is on (the login on a team server), so an entity cannot know it by itself.
 */
@MappedSuperclass
public abstract class Audited implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The widest user name the audit columns hold. */
    public static final int USER_LENGTH = RapportUser.MAX_LENGTH;

    @Version
    @Column(name = "VERSION")
    private int version;

    @Column(name = "CREATED_AT")
    private Instant createdAt;

    @Column(name = "CREATED_BY", length = USER_LENGTH)
    private String createdBy;

    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = USER_LENGTH)
    private String updatedBy;

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * Who is working on the database of this entity manager, at most {@link #USER_LENGTH} characters: for what a
     * domain records besides the audit columns (an event's author, a bulk insert's audit columns).
     */
    public static String currentUser(EntityManager em) {
        return currentUser(em.getEntityManagerFactory());
    }

    /** Who is working on the database of this unit, at most {@link #USER_LENGTH} characters. */
    public static String currentUser(EntityManagerFactory emf) {
        if (emf.getProperties().get(RapportUser.class.getName()) instanceof RapportUser user) {
            return user.name();
        }
        throw new IllegalStateException("The unit was not opened by the Rapport database service: it knows no user");
    }

    /** The version the optimistic lock compares; 0 for an object never saved. */
    public int getVersion() {
        return version;
    }

    /** When it was first saved, or the back-dated creation time; {@code null} before the first save. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Back-dates the creation (demo data, imported history); only effective before the first save. {@code null} lets
     * the first save stamp the time it happens (a re-inserted snapshot of a deleted record).
     */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Who saved it first. */
    public String getCreatedBy() {
        return createdBy;
    }

    /** When it was last saved. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Who saved it last. */
    public String getUpdatedBy() {
        return updatedBy;
    }

    /** The saved state as an API object carries it: version and audit fields, for a service's mapper. */
    public Revision revision() {
        return new Revision(version, createdAt, createdBy, updatedAt, updatedBy);
    }

    /** Copies the audit and version fields from another object, for a detached copy. */
    protected void copyAuditFrom(Audited other) {
        version = other.version;
        createdAt = other.createdAt;
        createdBy = other.createdBy;
        updatedAt = other.updatedAt;
        updatedBy = other.updatedBy;
    }
}
