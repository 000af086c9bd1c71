package org.rapport.community.ui.internal.handlers;

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
import org.rapport.community.ActivityService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.ui.jobs.UiJobs;

/**
 * Imports an activity export (a Discourse, Slack or Discord export, GitHub events JSON, an Eventbrite or Meetup
 * attendee list, a plain activity CSV): the kind is detected by the domain, the import runs in a job with progress
 * that can be cancelled (committed chunks stay; a re-run adds the rest), and what it did is reported, with the report
 * of rejected rows beside the file.
 */
public final class ActivityImport {

    static final String[] EXTENSIONS = { "*.csv;*.json", "*.*" };
    static final String[] EXTENSION_NAMES = { "Activity exports (*.csv, *.json)", "All files (*.*)" };

    private ActivityImport() {
    }

    /** Asks for a file and imports it; {@code report} gets the outcome in one line on the UI thread. */
    public static void chooseAndImport(Shell shell, ActivityService activities, Consumer<String> report) {
        if (activities == null) {
            report.accept("Importing needs the community database, which is not available; see the Error Log.");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Community Activities");
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(EXTENSION_NAMES);
        String path = dialog.open();
        if (path != null) {
            importFile(shell.getDisplay(), activities, Path.of(path), report);
        }
    }

    /** Imports a file in a user job; {@code report} gets the outcome (or why it failed) on the UI thread. */
    public static Job importFile(Display display, ActivityService activities, Path file, Consumer<String> report) {
        String name = file.getFileName().toString();
        Job job = Job.create("Importing community activities from " + name, monitor -> {
            String said;
            IStatus status;
            try {
                ActivityImportResult result = activities.importFile(file, monitor);
                said = name + ": " + describe(result);
                status = result.rejected() == 0 ? Status.OK_STATUS
                        : new Status(IStatus.WARNING, CommunityUi.PLUGIN_ID, said);
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

    /** The result in one line, with the first problem and where the others are. */
    public static String describe(ActivityImportResult result) {
        String text = result.summary();
        if (result.rejected() > 0 && !result.problems().isEmpty()) {
            text += "; first problem: " + result.problems().get(0)
                    + (result.report() == null ? "" : "; all in " + result.report().getFileName());
        }
        return text;
    }
}
