package org.rapport.ui.jobs;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

/**
 * One-off background work of a view (a save, a "mark done", reading one record to open it) and the two small pieces
 * every background job of a view needs: showing on the UI thread unless the control is gone, and an error message a
 * user can read. Reads the user can ask for again before the answer comes use a {@link LatestRequest} instead.
 */
public final class UiJobs {

    private UiJobs() {
    }

    /**
     * Calls {@code work} in a job, then hands its result to {@code show} on the UI thread, or its failure (logged too)
     * to {@code failed}; neither runs once {@code control} is disposed.
     *
     * @param name the job's name, as the Progress view shows it
     * @return the runner, whose {@link LatestRequest#isBusy()} and {@link LatestRequest#job()} tests may wait on
     */
    public static <R> LatestRequest<Void> once(String name, Control control, Callable<R> work, Consumer<R> show,
            Consumer<Exception> failed) {
        LatestRequest<Void> runner = LatestRequest.<Void> named(name).on(control).onError(failed).visibleInProgress()
                .reads((none, reply, monitor) -> {
                    R result = work.call();
                    reply.show(() -> show.accept(result));
                });
        runner.request(null);
        return runner;
    }

    /** Runs {@code runnable} soon on the UI thread, unless {@code control} is disposed by then. Any thread. */
    public static void later(Control control, Runnable runnable) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                runnable.run();
            }
        });
    }

    /** The message of an error as a user should read it: its own message, else the kind of error. */
    public static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
