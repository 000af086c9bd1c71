package org.rapport.contacts.segments;

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


/**
 * A saved segment: a name, a description and the criteria that decide its members, kept as text in the format of
 * {@link SegmentCriteria} (so a segment saved by an older Rapport stays readable, and a newer format is refused with
 * a message instead of misread). Members are not stored: they are whoever meets the criteria when asked.
 */
@Entity
@Table(name = "CONTACT_SEGMENT", indexes = @Index(name = "IX_SEGMENT_SORT_NAME", columnList = "SORT_NAME"))
@SequenceGenerator(name = "contact_segment_ids", sequenceName = "CONTACT_SEGMENT_SEQ", allocationSize = 50)
public class Segment extends Audited {

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
    public Segment() {
    }

    /** A new, unsaved segment. */
    public Segment(String name, String description, SegmentCriteria criteria) {
        setName(name);
        setDescription(description);
        setCriteria(criteria);
    }

    /** A detached copy (same id and version), for editing. */
    public Segment copy() {
        Segment copy = new Segment();
        copy.copyAuditFrom(this);
        copy.id = id;
        copy.name = name;
        copy.sortName = sortName;
        copy.description = description;
        copy.criteria = criteria;
        return copy;
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

    public String getDescription() {
        return description;
    }

    public final void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /**
     * The criteria.
     *
     * @throws SegmentFormatException when the stored text cannot be read (written by a newer Rapport)
     */
    public SegmentCriteria getCriteria() {
        return SegmentCriteria.parse(criteria);
    }

    public final void setCriteria(SegmentCriteria criteria) {
        this.criteria = criteria.toText();
    }

    /** The criteria as stored. */
    public String getCriteriaText() {
        return criteria;
    }

    @Override
    public String toString() {
        return "Segment " + id + " " + name;
    }
}
