package org.rapport.contacts.internal.model;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** An organization people belong to (a company, a club, an association). */
@Entity(name = "Organization")
@Table(name = "CONTACT_ORGANIZATION", indexes = @Index(name = "IX_ORGANIZATION_SORT_NAME", columnList = "SORT_NAME, ID"))
@SequenceGenerator(name = "contact_organization_ids", sequenceName = "CONTACT_ORGANIZATION_SEQ", allocationSize = 100)
public class OrganizationEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_organization_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Column(name = "SORT_NAME", length = 200)
    private String sortName;
    @Column(name = "INDUSTRY", length = 100)
    private String industry = "";
    @Column(name = "WEBSITE", length = 300)
    private String website = "";
    @Column(name = "CITY", length = 100)
    private String city = "";
    @Lob
    @Column(name = "NOTES")
    private String notes = "";

    protected OrganizationEntity() {
    }

    public OrganizationEntity(String name) {
        setName(name);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public final void setName(String name) {
        this.name = name == null ? "" : name.trim();
        this.sortName = this.name.toLowerCase(Locale.ROOT);
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
