package org.rapport.contacts.internal.model;

import org.rapport.contacts.model.Organization;

/** Copies between the API {@link Organization} and the {@link OrganizationEntity} stored for it. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    /** A detached API copy of an entity. */
    public static Organization toApi(OrganizationEntity from) {
        Organization to = new Organization(from.getId(), from.revision(), from.getName());
        to.setIndustry(from.getIndustry());
        to.setWebsite(from.getWebsite());
        to.setCity(from.getCity());
        to.setNotes(from.getNotes());
        return to;
    }

    /** Copies what an API organization holds onto an entity, all but the id, version and audit fields. */
    public static void copyFields(Organization from, OrganizationEntity to) {
        to.setName(from.getName());
        to.setIndustry(from.getIndustry());
        to.setWebsite(from.getWebsite());
        to.setCity(from.getCity());
        to.setNotes(from.getNotes());
    }
}
