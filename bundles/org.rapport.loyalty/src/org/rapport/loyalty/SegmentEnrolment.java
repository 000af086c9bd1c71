package org.rapport.loyalty;

import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Enrols every member of a contacts segment in a program, in chunks (one transaction each), so a large segment
 * neither holds one long transaction nor starts over after a cancel: a re-run skips who is enrolled. Registered when
 * the contacts domain is installed. Run it in a job.
 */
public interface SegmentEnrolment {

    /**
     * Enrols the segment's members as they are now.
     *
     * @throws LoyaltyException for an unknown program or segment
     */
    EnrolmentSummary enroll(long programId, long segmentId, LocalDate day, IProgressMonitor monitor);
}
