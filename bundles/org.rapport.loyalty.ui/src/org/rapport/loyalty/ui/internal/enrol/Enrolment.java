package org.rapport.loyalty.ui.internal.enrol;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.EnrolmentSummary;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.SegmentEnrolment;
import org.rapport.loyalty.ui.internal.Services;

/**
 * Enrolment from the workbench: the {@link EnrolDialog} chooses, a user job writes (a segment is enrolled by the
 * loyalty domain's {@link SegmentEnrolment} in chunks: it shows its progress and can be cancelled; members enrolled
 * before the cancel stay enrolled, and enrolling again skips them). The outcome is handed to a callback, in any thread.
 */
public final class Enrolment {

    /** The job family of enrolment jobs, for tests that wait for them. */
    public static final Object FAMILY = Enrolment.class;

    private Enrolment() {
    }

    /**
     * Opens the dialog and, on Enrol, starts the job.
     *
     * @param initialProgram the program picked at first, or {@code null}
     * @param initialPerson  the contact picked at first, or {@code null}
     * @param done           receives what happened ("Ada Lovelace is now a member of Rapport Rewards"), in the job
     * @return the job, or {@code null} when the dialog was cancelled
     */
    public static Job open(Shell shell, ProgramService programs, PersonLookup lookup, List<Program> choices,
            Program initialProgram, PersonRef initialPerson, Consumer<String> done) {
        EnrolDialog dialog = new EnrolDialog(shell, choices, initialProgram, initialPerson, lookup);
        if (dialog.open() != Window.OK || dialog.request() == null) {
            return null;
        }
        return start(programs, dialog.request(), done);
    }

    static Job start(ProgramService programs, EnrolRequest request, Consumer<String> done) {
        Job job = new Job(request.person() != null ? "Enrolling " + request.person().displayName()
                : "Enrolling segment " + request.segmentName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    done.accept(request.person() != null ? enrolPerson(programs, request)
                            : enrolSegment(Services.get(SegmentEnrolment.class), request, monitor));
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    done.accept("Could not enrol: " + e.getMessage());
                    return Status.error("Could not enrol", e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static String enrolPerson(ProgramService programs, EnrolRequest request) {
        long programId = request.program().id();
        boolean already = programs.member(programId, request.person().id()).isPresent();
        programs.enroll(programId, request.person().id(), LocalDate.now());
        return request.person().displayName() + (already ? " was already a member of " : " is now a member of ")
                + request.program().name() + ".";
    }

    private static String enrolSegment(SegmentEnrolment segments, EnrolRequest request, IProgressMonitor monitor) {
        if (segments == null) {
            throw new IllegalStateException("enrolling segments needs the contacts, which are not installed");
        }
        EnrolmentSummary summary = segments.enroll(request.program().id(), request.segmentId(), LocalDate.now(),
                monitor);
        return String.format("%s%,d of segment %s enrolled in %s, %,d were members already.",
                summary.cancelled() ? "Cancelled: " : "", summary.enrolled(), request.segmentName(),
                request.program().name(), summary.alreadyMembers());
    }
}
