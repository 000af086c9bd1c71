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

import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.persistence.access.Audited;


/**
 * A saved segment: a name, a description and the criteria that decide its members, kept as text in the format of
 * {@link SegmentCriteria} (so a segment saved by an older Rapport stays readable, and a newer format is refused with
 * a message instead of misread). Members are not stored: they are whoever meets the criteria when asked.
 */
@Entity(name = "Segment")
@Table(name = "CONTACT_SEGMENT", indexes = @Index(name = "IX_SEGMENT_SORT_NAME", columnList = "SORT_NAME"))
@SequenceGenerator(name = "contact_segment_ids", sequenceName = "CONTACT_SEGMENT_SEQ", allocationSize = 50)
public class SegmentEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_segment_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name = "";
    @Column(name = "SORT_NAME", length = 200)
    private String sortName = "";
    @Column(name = "DESCRIPTION", length = 2000)
    private String description = "";
    @Lob
    @Column(name = "CRITERIA")
    private String criteria = SegmentCriteria.EVERYONE.toText();

    /** A new, unsaved segment of everyone. */
    public SegmentEntity() {
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.trim();
        this.sortName = this.name.toLowerCase(Locale.ROOT);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /** The criteria as stored, in the format of {@link SegmentCriteria}. */
    public String getCriteriaText() {
        return criteria;
    }

    public void setCriteriaText(String criteria) {
        this.criteria = criteria;
    }

    @Override
    public String toString() {
        return "Segment " + id + " " + name;
    }
}
