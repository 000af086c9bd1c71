package org.rapport.loyalty.ui.internal.enrol;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;

/**
 * Enrolment from the workbench: the {@link EnrolDialog} chooses, a user job writes (a segment of thousands shows its
 * progress in the Progress view and can be cancelled; members enrolled before the cancel stay enrolled, and enrolling
 * again skips them). The outcome is handed to a callback, in any thread.
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
                            : enrolSegment(programs, request, monitor));
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

    private static String enrolSegment(ProgramService programs, EnrolRequest request, IProgressMonitor monitor) {
        long programId = request.program().id();
        long[] people = Segments.members(request.segmentId());
        SubMonitor progress = SubMonitor.convert(monitor, "Enrolling " + people.length + " contacts", people.length);
        LocalDate today = LocalDate.now();
        int enrolled = 0;
        int already = 0;
        for (long personId : people) {
            if (progress.isCanceled()) {
                return String.format("Cancelled: %,d of segment %s enrolled in %s, %,d were members already.",
                        enrolled, request.segmentName(), request.program().name(), already);
            }
            if (programs.member(programId, personId).isPresent()) {
                already++;
            } else {
                programs.enroll(programId, personId, today);
                enrolled++;
            }
            progress.worked(1);
        }
        return String.format("%,d of segment %s enrolled in %s, %,d were members already.", enrolled,
                request.segmentName(), request.program().name(), already);
    }
}
