package org.rapport.community.ui.internal.events;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.CommunityEvent;
import org.rapport.community.EventService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.handlers.ActivityImport;
import org.rapport.ui.jobs.UiJobs;

/**
 * Imports an attendee list (Eventbrite or Meetup export, or a CSV with name and email) into an event in a job with
 * progress: members found by email or created, registered, marked attended where the list says so.
 */
public final class AttendeeImport {

    private AttendeeImport() {
    }

    /** Asks for a list and imports it into the event; {@code report} gets the outcome on the UI thread. */
    public static void chooseAndImport(Shell shell, EventService events, CommunityEvent event, Consumer<String> report) {
        if (events == null || event == null) {
            report.accept("Pick an event to import its attendees into.");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Attendees into " + event.name());
        dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
        dialog.setFilterNames(new String[] { "Attendee lists (*.csv)", "All files (*.*)" });
        String path = dialog.open();
        if (path != null) {
            importFile(shell.getDisplay(), events, event, Path.of(path), report);
        }
    }

    /** Imports an attendee list into an event in a user job. */
    public static Job importFile(Display display, EventService events, CommunityEvent event, Path file,
            Consumer<String> report) {
        String name = file.getFileName().toString();
        Job job = Job.create("Importing the attendees of " + event.name() + " from " + name, monitor -> {
            String said;
            IStatus status;
            try {
                ActivityImportResult result = events.importAttendees(event.id(), file, monitor);
                said = name + ": " + ActivityImport.describe(result);
                status = Status.OK_STATUS;
            } catch (RuntimeException e) {
                said = name + " was not imported: " + UiJobs.message(e);
                status = new Status(IStatus.WARNING, CommunityUi.PLUGIN_ID, said, e);
            }
            String shown = said;
            if (!display.isDisposed()) {
                display.asyncExec(() -> report.accept(shown));
            }
            return status;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
