package org.rapport.contacts.model;

import org.rapport.core.Revision;

/**
 * An organization people belong to (a company, a club, an association), as the contact service hands it out and takes
 * it back: a detached copy; changing it changes nothing until it is saved.
 */
public final class Organization {

    private final long id;
    private final Revision revision;
    private String name;
    private String industry = "";
    private String website = "";
    private String city = "";
    private String notes = "";

    /** A new, unsaved organization. */
    public Organization(String name) {
        this(0, Revision.NEW, name);
    }

    /** An organization as saved (the services build it): its id and revision. */
    public Organization(long id, Revision revision, String name) {
        this.id = id;
        this.revision = revision;
        setName(name);
    }

    public long getId() {
        return id;
    }

    /** The saved state this copy was read from; {@link Revision#NEW} for a new organization. */
    public Revision getRevision() {
        return revision;
    }

    /** The version the optimistic lock compares; 0 for an organization never saved. */
    public int getVersion() {
        return revision.version();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.trim();
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry == null ? "" : industry;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website == null ? "" : website;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null ? "" : city;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    @Override
    public String toString() {
        return name;
    }
}
