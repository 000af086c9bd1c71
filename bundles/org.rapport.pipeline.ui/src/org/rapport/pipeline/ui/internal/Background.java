package org.rapport.pipeline.ui.internal;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Service calls of the pipeline views, off the UI thread: a job does the database work, the UI thread only shows the
 * result (dropped when the control was disposed meanwhile). The services' messages say what went wrong in words a
 * user can act on, so a failure is handed to the view to show where the data would be.
 */
public final class Background {

    private Background() {
    }

    /**
     * Reads in a job, then shows on the UI thread.
     *
     * @param name    the job's name, as the Progress view shows it
     * @param control the control that shows the result; nothing is shown once it is disposed
     * @param read    the service call
     * @param show    what to do with the result, on the UI thread
     * @param failed  what to do with a failure, on the UI thread
     */
    public static <T> Job run(String name, Control control, Callable<T> read, Consumer<T> show, Consumer<Exception> failed) {
        Job job = Job.create(name, monitor -> {
            T result;
            try {
                result = read.call();
            } catch (Exception e) {
                ui(control, () -> failed.accept(e));
                return Status.OK_STATUS;
            }
            ui(control, () -> show.accept(result));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
        return job;
    }

    /** Runs on the UI thread later, unless the control is disposed by then. */
    public static void ui(Control control, Runnable runnable) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                runnable.run();
            }
        });
    }

    /** The message of an error as a user should read it. */
    public static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
