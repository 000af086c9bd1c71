package org.rapport.contacts.ui.internal.segments;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.ContactValidationException;
import org.rapport.contacts.FieldProblem;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentService;

/**
 * Counts the members of criteria being edited, {@value #DELAY_MS} ms after the last edit, in the background; only the
 * count of the latest criteria reaches the dialog.
 */
final class MemberCounter extends Job {

    /** Counting waits this long after an edit, so typing "1000" counts once, not four times. */
    static final int DELAY_MS = 300;

    /** What the dialog does with a count, on the UI thread. */
    interface Receiver {

        void counted(int members);

        /** The service cannot evaluate the criteria (an unknown custom field, a choice the field does not offer). */
        void invalid(List<FieldProblem> problems);

        void failed(Exception error);
    }

    private final SegmentService segments;
    private final Control control;
    private final Receiver receiver;
    private SegmentCriteria pending;
    private int generation;
    private volatile boolean counting;

    MemberCounter(SegmentService segments, Control control, Receiver receiver) {
        super("Counting the segment's members");
        this.segments = segments;
        this.control = control;
        this.receiver = receiver;
        setSystem(true);
    }

    /** Counts these criteria soon, forgetting any earlier request. */
    synchronized void request(SegmentCriteria criteria) {
        pending = criteria;
        generation++;
        counting = true;
        cancel();
        schedule(DELAY_MS);
    }

    /** Forgets the pending request (the form cannot be read right now). */
    synchronized void forget() {
        pending = null;
        generation++;
        counting = false;
        cancel();
    }

    /** Whether a count is pending or running, for tests. */
    boolean isCounting() {
        return counting;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SegmentCriteria criteria;
        int gen;
        synchronized (this) {
            criteria = pending;
            gen = generation;
        }
        if (criteria == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        try {
            List<FieldProblem> problems = segments.validate(criteria);
            if (!problems.isEmpty()) {
                ui(gen, () -> receiver.invalid(problems));
            } else {
                int members = segments.count(criteria);
                ui(gen, () -> receiver.counted(members));
            }
        } catch (ContactValidationException e) {
            ui(gen, () -> receiver.invalid(e.problems()));
        } catch (RuntimeException e) {
            ui(gen, () -> receiver.failed(e));
        }
        return Status.OK_STATUS;
    }

    private void ui(int gen, Runnable runnable) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            synchronized (this) {
                if (gen != generation) {
                    return;
                }
                counting = false;
            }
            if (!control.isDisposed()) {
                runnable.run();
            }
        });
    }
}
