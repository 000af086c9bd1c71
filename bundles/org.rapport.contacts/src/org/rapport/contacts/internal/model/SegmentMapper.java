package org.rapport.contacts.internal.model;

import org.rapport.contacts.segments.Segment;

/** Copies between the API {@link Segment} and the {@link SegmentEntity} stored for it. */
public final class SegmentMapper {

    private SegmentMapper() {
    }

    /** A detached API copy of an entity; the criteria text is handed on unread. */
    public static Segment toApi(SegmentEntity from) {
        return new Segment(from.getId(), from.revision(), from.getName(), from.getDescription(),
                from.getCriteriaText());
    }

    /** Copies what an API segment holds onto an entity, all but the id, version and audit fields. */
    public static void copyFields(Segment from, SegmentEntity to) {
        to.setName(from.getName());
        to.setDescription(from.getDescription());
        to.setCriteriaText(from.getCriteriaText());
    }
}
