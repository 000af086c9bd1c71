package org.rapport.contacts.segments;

import java.util.List;
import java.util.Optional;

import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.PersonRow;

/**
 * Saved segments and their members, evaluated by the database. Available as an OSGi service; the methods do database
 * work, so call them from a background job.
 * <p>
 * Counting is meant to follow a user editing criteria: count from a job that is rescheduled (with a short delay) on
 * each edit, and show the last count that came back.
 */
public interface SegmentService {

    /** Every saved segment, by name. */
    List<Segment> segments();

    /** A saved segment, or empty. */
    Optional<Segment> segment(long id);

    /**
     * Saves a new or changed segment.
     *
     * @return the saved segment with its id and new version; the argument is not changed
     * @throws ContactValidationException when the name is missing or taken, or the criteria are invalid
     *                                    ({@link #validate}); nothing is written
     * @throws ConcurrentEditException    when the segment was changed or deleted since it was read
     */
    Segment save(Segment segment);

    /** Deletes a segment; an id that does not exist is ignored. People are not touched. */
    void delete(long id);

    /**
     * What is wrong with criteria for this installation, by condition ({@code conditions[2]}): unknown custom fields,
     * a comparison that does not fit the field's type, a choice the field does not offer. Empty when they can be used.
     */
    List<FieldProblem> validate(SegmentCriteria criteria);

    /**
     * How many people meet the criteria.
     *
     * @throws ContactValidationException when the criteria are invalid ({@link #validate})
     */
    int count(SegmentCriteria criteria);

    /** One page of the members in the query's order: rows {@code offset} to {@code offset + limit - 1}. */
    List<PersonRow> page(SegmentQuery query, int offset, int limit);

    /** The ids of all members in the query's order, for a virtual list or an export of the segment. */
    long[] ids(SegmentQuery query);
}
