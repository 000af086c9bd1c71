package org.rapport.loyalty.ui.internal.enrol;

import org.rapport.core.PersonRef;
import org.rapport.loyalty.Program;

/**
 * What the enrol dialog asks for: one contact, or every member of a saved segment, into a program.
 *
 * @param program     the program
 * @param person      the contact, or {@code null} for a segment
 * @param segmentId   the segment's id when {@code person} is {@code null}
 * @param segmentName the segment's name, for messages
 */
record EnrolRequest(Program program, PersonRef person, long segmentId, String segmentName) {

    /** One contact. */
    static EnrolRequest person(Program program, PersonRef person) {
        return new EnrolRequest(program, person, 0, null);
    }

    /** A whole segment. */
    static EnrolRequest segment(Program program, long segmentId, String segmentName) {
        return new EnrolRequest(program, null, segmentId, segmentName);
    }
}
