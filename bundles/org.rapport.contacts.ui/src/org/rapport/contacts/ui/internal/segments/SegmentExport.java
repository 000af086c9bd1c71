package org.rapport.contacts.ui.internal.segments;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.io.ExportResult;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;

/**
 * Exports a segment's members, as they are at the moment of export, to vCard 4.0 or CSV: the user picks the file (its
 * extension picks the format), and a job with progress writes it through the {@link ContactExporter}.
 */
final class SegmentExport {

    private final SegmentService segments;
    private final ContactExporter exporter;
    private final Shell shell;

    SegmentExport(SegmentService segments, ContactExporter exporter, Shell shell) {
        this.segments = segments;
        this.exporter = exporter;
        this.shell = shell;
    }

    void run(Segment segment) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Segment \u201c" + segment.getName() + "\u201d");
        dialog.setFilterNames(new String[] { "vCard 4.0 (*.vcf)", "CSV (*.csv)" });
        dialog.setFilterExtensions(new String[] { "*.vcf", "*.csv" });
        dialog.setFileName(fileName(segment.getName()) + ".vcf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(withExtension(chosen, dialog.getFilterIndex()));
        ContactFormat format = ContactFormat.fromFileName(file.getFileName().toString()).orElse(ContactFormat.VCARD);
        start(segment, file, format);
    }

    /** Exports in a job; tells the user how many people went into which file when done. */
    Job start(Segment segment, Path file, ContactFormat format) {
        Job job = Job.create("Exporting segment " + segment.getName() + " to " + file.getFileName(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            try {
                long[] ids = segments.ids(SegmentQuery.of(segment.getCriteria()));
                progress.worked(1);
                ExportResult result = exporter.export(ContactSelection.ids(ids), format, file, progress.split(9));
                if (!result.cancelled()) {
                    tell("Exported " + (result.people() == 1 ? "1 person" : result.people() + " people") + " of \u201c"
                            + segment.getName() + "\u201d to " + file + " (" + format.label() + ").");
                }
                return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error("Could not write " + file + ": " + e.getMessage()
                        + " Choose another folder or free some space, then export again.", e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void tell(String message) {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    MessageDialog.openInformation(shell, "Export Segment", message);
                }
            });
        }
    }

    /** Adds the chosen filter's extension when the name has none the exporter knows. */
    static String withExtension(String path, int filterIndex) {
        if (ContactFormat.fromFileName(path).isPresent()) {
            return path;
        }
        return path + (filterIndex == 1 ? ".csv" : ".vcf");
    }

    /** A segment name as a file name: letters, digits, dashes. */
    static String fileName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "segment" : cleaned;
    }
}
