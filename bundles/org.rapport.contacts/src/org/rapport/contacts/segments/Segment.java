package org.rapport.contacts.segments;

import org.rapport.core.Revision;

/**
 * A saved segment: a name, a description and the criteria that decide its members, kept as text in the format of
 * {@link SegmentCriteria} (so a segment saved by an older Rapport stays readable, and a newer format is refused with
 * a message instead of misread). Members are not stored: they are whoever meets the criteria when asked.
 * <p>
 * The segment service hands out detached copies; change one and give it back to {@link SegmentService#save}.
 */
public final class Segment {

    private final long id;
    private final Revision revision;
    private String name = "";
    private String description = "";
    private String criteria = SegmentCriteria.EVERYONE.toText();

    /** A new, unsaved segment of everyone. */
    public Segment() {
        this(0, Revision.NEW);
    }

    /** A new, unsaved segment. */
    public Segment(String name, String description, SegmentCriteria criteria) {
        this();
        setName(name);
        setDescription(description);
        setCriteria(criteria);
    }

    /**
     * A segment as saved (the services build it): its id, the revision it was read at, and the criteria as stored,
     * unread (a segment written by a newer Rapport can still be listed and renamed).
     */
    public Segment(long id, Revision revision, String name, String description, String criteriaText) {
        this.id = id;
        this.revision = revision;
        setName(name);
        setDescription(description);
        this.criteria = criteriaText;
    }

    private Segment(long id, Revision revision) {
        this.id = id;
        this.revision = revision;
    }

    /** A copy (same id and revision), for editing. */
    public Segment copy() {
        return new Segment(id, revision, name, description, criteria);
    }

    public long getId() {
        return id;
    }

    /** The saved state this copy was read from; {@link Revision#NEW} for a new segment. */
    public Revision getRevision() {
        return revision;
    }

    /** The version the optimistic lock compares; 0 for a segment never saved. */
    public int getVersion() {
        return revision.version();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.trim();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
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

    public void setCriteria(SegmentCriteria criteria) {
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
