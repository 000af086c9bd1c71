package org.rapport.contacts.ui.internal.io;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ExportResult;
import org.rapport.contacts.segments.SegmentService;

/**
 * Writes people to a file in the background, cancellable (a cancelled or failed export leaves no half-written file).
 * Afterwards {@link IoResultDialog} says how many people were written and where.
 */
final class ContactExportJob extends Job {

    private final ContactExporter exporter;
    private final SegmentService segments;
    private final ExportAudience audience;
    private final ContactFormat format;
    private final Path file;

    ContactExportJob(ContactExporter exporter, SegmentService segments, ExportAudience audience, ContactFormat format,
            Path file) {
        super("Exporting contacts to " + file.getFileName());
        this.exporter = exporter;
        this.segments = segments;
        this.audience = audience;
        this.format = format;
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ExportResult result;
        try {
            result = exporter.export(audience.selection(segments), format, file, monitor);
        } catch (IOException e) {
            return Status.error(file + " could not be written: " + e.getMessage()
                    + ". Choose another folder or file name.", e);
        } catch (RuntimeException e) {
            return Status.error("The contacts were not exported: " + e, e);
        }
        if (result.cancelled()) {
            return Status.CANCEL_STATUS;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> IoResultDialog.exported(result).open());
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ContactImportJob.FAMILY;
    }
}
