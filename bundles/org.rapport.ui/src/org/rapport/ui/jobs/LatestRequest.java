package org.rapport.ui.jobs;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * A background read whose latest request wins: what a view uses to read its data off the UI thread when the user can
 * ask again before the last answer came (typing in a filter, changing a sort or a choice, data changing meanwhile).
 * <ul>
 * <li>{@link #request(Object)} supersedes every earlier request: the read runs in an Eclipse {@link Job} after an
 * optional {@linkplain Builder#delay(int) delay} (a typing debounce: a quick typist's word is read once), a running
 * read is cancelled through its monitor, and the answers of older requests are dropped.</li>
 * <li>The read hands its answers to the UI thread through a {@link Reply}; an answer runs there only while its request
 * is still the latest and the control is not disposed. A read may reply several times (a first screen of rows, then
 * everything).</li>
 * <li>A read that throws is logged, and the exception is handed to the {@linkplain Builder#onError(Consumer) error
 * handler} on the UI thread (a view shows it where its data would be) if its request is still the latest.</li>
 * <li>{@link #isBusy()} is {@code true} from a request until the replies of the latest request have run on the UI
 * thread (or it failed): what tests wait on instead of sleeping.</li>
 * </ul>
 * Make it, request and forget on the UI thread. Example, a search field:
 *
 * <pre>
 * search = LatestRequest.&lt;String&gt; named("Searching contacts").on(field).delay(120)
 *         .onError(e -&gt; status.setText("Could not search: " + UiJobs.message(e)))
 *         .reads((text, reply, monitor) -&gt; {
 *             SearchResult result = service.search(text);
 *             reply.show(() -&gt; popup.show(result));
 *         });
 * field.addListener(SWT.Modify, e -&gt; search.request(field.getText()));
 * </pre>
 *
 * @param <Q> what a request asks for (a query, a filter text); {@code null} is allowed
 */
public final class LatestRequest<Q> {

    /** The work of a request, run in the background job. */
    @FunctionalInterface
    public interface Read<Q> {

        /**
         * Reads what {@code request} asks for and hands the results to {@code reply}.
         *
         * @param monitor cancelled when a newer request comes: a long read may stop early (older results are dropped
         *                anyway)
         * @throws Exception shown through the error handler when the request is still the latest
         */
        void read(Q request, Reply reply, IProgressMonitor monitor) throws Exception;
    }

    /** How a read hands its results to the UI thread; safe to use from any thread. */
    public interface Reply {

        /** Runs {@code onUiThread} soon on the UI thread, unless a newer request came or the control was disposed. */
        void show(Runnable onUiThread);

        /** Whether this request is still the latest: a read of several steps stops when it is not. */
        boolean isCurrent();
    }

    private final Control control;
    private final Read<Q> read;
    private final int delayMillis;
    private final Consumer<Exception> errorHandler;
    private final Job job;
    /** Forgets the request when the control goes; hooked only while busy, so one-off runners leave nothing behind. */
    private final Listener disposal = e -> forget();
    private boolean hooked;
    private final Object lock = new Object();
    private Q pending;
    private boolean requested;
    private int generation;
    private volatile boolean busy;

    private LatestRequest(Builder<Q> builder, Read<Q> read) {
        this.control = Objects.requireNonNull(builder.control, "the control that shows the results (on(control))");
        this.read = Objects.requireNonNull(read, "read");
        this.delayMillis = builder.delayMillis;
        this.errorHandler = builder.errorHandler;
        job = Job.create(builder.name, this::run);
        job.setSystem(builder.system);
        job.setPriority(builder.priority);
    }

    /** Starts describing a runner; {@code name} is its job's name, as the Progress view shows it. */
    public static <Q> Builder<Q> named(String name) {
        return new Builder<>(name);
    }

    /**
     * Reads {@code request} in the background (after the delay), superseding every earlier request: their replies not
     * yet shown are dropped, and a running read is cancelled.
     */
    public void request(Q request) {
        if (control.isDisposed()) {
            return;
        }
        if (!hooked) {
            control.addListener(SWT.Dispose, disposal);
            hooked = true;
        }
        synchronized (lock) {
            pending = request;
            requested = true;
            generation++;
            busy = true;
        }
        // cancel() takes a waiting job out of the queue, so the delay starts again; a running one is asked to stop and
        // runs again for this request as soon as it returns
        job.cancel();
        job.schedule(delayMillis);
    }

    /**
     * Runs the read again for the latest request without superseding it (no delay): for a read that serves a queue the
     * view adds to, such as pages scrolled to. Does nothing before the first request.
     */
    public void wake() {
        synchronized (lock) {
            if (!requested) {
                return;
            }
        }
        job.schedule();
    }

    /** Forgets the latest request: nothing more of it is shown, and the runner is no longer busy. */
    public void forget() {
        synchronized (lock) {
            pending = null;
            requested = false;
            generation++;
            busy = false;
        }
        job.cancel();
        unhook();
    }

    private void unhook() {
        if (hooked && !control.isDisposed()) {
            control.removeListener(SWT.Dispose, disposal);
        }
        hooked = false;
    }

    /** Whether a request is waiting, being read, or has replies not yet shown on the UI thread. */
    public boolean isBusy() {
        return busy;
    }

    /** The job that does the reads, for tests that join it (e.g. after {@link #forget()}). */
    public Job job() {
        return job;
    }

    private IStatus run(IProgressMonitor monitor) {
        Q request;
        int gen;
        synchronized (lock) {
            if (!requested) {
                return Status.OK_STATUS;
            }
            request = pending;
            gen = generation;
        }
        Ticket ticket = new Ticket(gen);
        try {
            read.read(request, ticket, monitor);
        } catch (OperationCanceledException e) {
            // superseded: the newer request runs next
        } catch (Exception e) {
            if (ticket.isCurrent()) {
                ILog.of(LatestRequest.class).warn(job.getName() + " failed: " + UiJobs.message(e), e);
                ticket.show(() -> errorHandler.accept(e));
            }
        }
        ticket.show(() -> {
            synchronized (lock) {
                busy = false;
            }
            unhook();
        });
        return Status.OK_STATUS;
    }

    /** The reply of one request. */
    private final class Ticket implements Reply {

        private final int gen;

        Ticket(int gen) {
            this.gen = gen;
        }

        @Override
        public boolean isCurrent() {
            synchronized (lock) {
                return gen == generation;
            }
        }

        @Override
        public void show(Runnable onUiThread) {
            if (!isCurrent() || control.isDisposed()) {
                return;
            }
            control.getDisplay().asyncExec(() -> {
                if (isCurrent() && !control.isDisposed()) {
                    onUiThread.run();
                }
            });
        }
    }

    /**
     * Describes a {@link LatestRequest}: where its results are shown, the delay, what happens to an error.
     *
     * @param <Q> what a request asks for
     */
    public static final class Builder<Q> {

        private final String name;
        private Control control;
        private int delayMillis;
        private Consumer<Exception> errorHandler = e -> { };
        private boolean system = true;
        private int priority = Job.INTERACTIVE;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** The control that shows the results: nothing is shown once it is disposed, and its disposal forgets. */
        public Builder<Q> on(Control resultControl) {
            this.control = resultControl;
            return this;
        }

        /** Waits this long after a request before reading, so a burst of requests (keystrokes) reads once. */
        public Builder<Q> delay(int millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("a delay of " + millis + " ms");
            }
            this.delayMillis = millis;
            return this;
        }

        /**
         * What the view does with a failed read, on the UI thread (a failure is logged in any case): typically a
         * message where the data would be, with {@link UiJobs#message(Throwable)}.
         */
        public Builder<Q> onError(Consumer<Exception> handler) {
            this.errorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Shows the job in the Progress view (a read the user may want to watch or cancel, e.g. counting a large
         * segment); by default it is a system job, since most reads take a moment.
         */
        public Builder<Q> visibleInProgress() {
            this.system = false;
            return this;
        }

        /** The job's priority; {@link Job#INTERACTIVE} by default, since the user waits for the answer. */
        public Builder<Q> priority(int jobPriority) {
            this.priority = jobPriority;
            return this;
        }

        /** Makes the runner. */
        public LatestRequest<Q> reads(Read<Q> read) {
            return new LatestRequest<>(this, read);
        }
    }
}
