package org.rapport.contacts.model;

/** A person's place in an organization: which one (by id, name kept for lists) and the role there. Immutable. */
public final class Membership {

    private final long organizationId;
    private final String organizationName;
    private final String role;

    public Membership(long organizationId, String organizationName, String role) {
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
