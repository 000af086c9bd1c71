package org.rapport.examples.checkins;

import java.util.List;

/**
 * The event check-ins of the workspace, available as an OSGi service. Thread-safe.
 */
public interface CheckInService {

    /** Records a check-in. */
    void add(CheckIn checkIn);

    /** Every check-in, oldest first. */
    List<CheckIn> all();

    /** A person's check-ins, oldest first. */
    List<CheckIn> of(long personId);
}
