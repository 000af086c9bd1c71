package org.rapport.contacts.internal.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's place in an organization: which one (by id, name kept for lists) and the role there. */
@Embeddable
public class MembershipEmbeddable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "ORGANIZATION_ID")
    private long organizationId;
    @Column(name = "ORGANIZATION_NAME", length = 200)
    private String organizationName;
    @Column(name = "ROLE", length = 100)
    private String role;

    protected MembershipEmbeddable() {
    }

    public MembershipEmbeddable(long organizationId, String organizationName, String role) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.role = role == null ? "" : role;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getRole() {
        return role;
    }

    @Override
    public String toString() {
        return role.isEmpty() ? organizationName : role + ", " + organizationName;
    }
}
