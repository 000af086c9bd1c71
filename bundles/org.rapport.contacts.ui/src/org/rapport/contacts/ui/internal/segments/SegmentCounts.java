package org.rapport.contacts.ui.internal.segments;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentService;

/**
 * Reads the saved segments and then counts the members of each, in the background, handing each result to the
 * Segments view as it comes. A request made while it runs starts it over; older results are dropped.
 */
final class SegmentCounts extends Job {

    /** What the view does with the results, on the UI thread. */
    interface Receiver {

        void segments(List<Segment> segments);

        /** A segment's member count, or an explanation why it cannot be counted. */
        void counted(long segmentId, int members, String problem);

        void failed(Exception error);
    }

    private final SegmentService service;
    private final Control control;
    private final Receiver receiver;
    private int generation;
    private volatile boolean busy;

    SegmentCounts(SegmentService service, Control control, Receiver receiver) {
        super("Counting segment members");
        this.service = service;
        this.control = control;
        this.receiver = receiver;
    }

    /** Reads the segments and counts them (again). */
    synchronized void request() {
        generation++;
        busy = true;
        cancel();
        schedule();
    }

    /** Whether a read or count is pending or running, for tests. */
    boolean isBusy() {
        return busy;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int gen;
        synchronized (this) {
            gen = generation;
        }
        try {
            List<Segment> segments = service.segments();
            ui(gen, () -> receiver.segments(segments));
            SubMonitor progress = SubMonitor.convert(monitor, segments.size());
            for (Segment segment : segments) {
                if (progress.isCanceled() || stale(gen)) {
                    return Status.CANCEL_STATUS;
                }
                int members = -1;
                String problem = null;
                try {
                    members = service.count(segment.getCriteria());
                } catch (RuntimeException e) {
                    problem = e.getMessage();
                }
                int m = members;
                String p = problem;
                ui(gen, () -> receiver.counted(segment.getId(), m, p));
                progress.worked(1);
            }
        } catch (RuntimeException e) {
            ui(gen, () -> receiver.failed(e));
        }
        ui(gen, () -> busy = false);
        return Status.OK_STATUS;
    }

    private synchronized boolean stale(int gen) {
        return gen != generation;
    }

    private void ui(int gen, Runnable runnable) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed() && !stale(gen)) {
                runnable.run();
            }
        });
    }
}
