package org.rapport.feed.ui.internal.sources;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.SourceService;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.ui.FeedUi;
import org.rapport.ui.jobs.UiJobs;

/**
 * Imports a file a rep or IT saved (the JSON Mastodon or Bluesky return, a saved RSS/Atom feed) once, without adding a
 * source: the type is detected, the reading runs in a job with progress, and what it did is reported.
 */
public final class FileImport {

    static final String[] EXTENSIONS = { "*.json;*.xml;*.rss;*.atom", "*.*" };
    static final String[] EXTENSION_NAMES = { "Feed exports (*.json, *.xml, *.rss, *.atom)", "All files (*.*)" };

    private FileImport() {
    }

    /** Asks for a file and imports it; {@code report} gets the summary on the UI thread. */
    public static void chooseAndImport(Shell shell, SourceService sources, Consumer<String> report) {
        if (sources == null) {
            report.accept("Importing needs the feed sources, which are not available; see the Error Log.");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Posts from a File");
        dialog.setFilterExtensions(EXTENSIONS);
        dialog.setFilterNames(EXTENSION_NAMES);
        String path = dialog.open();
        if (path != null) {
            importFile(shell.getDisplay(), sources, path, report);
        }
    }

    /** Imports a file in a job; {@code report} gets the summary (or why it was refused) on the UI thread. */
    public static Job importFile(Display display, SourceService sources, String path, Consumer<String> report) {
        String name = Path.of(path).getFileName().toString();
        Job job = Job.create("Importing " + name, monitor -> {
            String said;
            IStatus status;
            try {
                ImportSummary summary = sources.importOnce(path, null, monitor);
                said = name + ": " + summary(summary);
                status = Status.OK_STATUS;
            } catch (FeedException | RuntimeException e) {
                said = name + " was not imported: " + UiJobs.message(e);
                status = Status.warning(said, e);
            }
            String shown = said;
            display.asyncExec(() -> report.accept(shown));
            return status.isOK() ? status : new Status(IStatus.WARNING, FeedUi.PLUGIN_ID, shown);
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** What storing posts did, in one line. */
    public static String summary(ImportSummary summary) {
        return String.format("%,d read, %,d new, %,d already stored, %,d matched to contacts, %,d negative%s",
                summary.read(), summary.created(), summary.alreadyStored(), summary.matched(), summary.negative(),
                summary.rejected() == 0 ? "" : String.format(", %,d rejected (first: %s)", summary.rejected(),
                        summary.problems().get(0)));
    }
}
