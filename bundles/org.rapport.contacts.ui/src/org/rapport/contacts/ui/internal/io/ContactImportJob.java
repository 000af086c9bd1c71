package org.rapport.contacts.ui.internal.io;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.rapport.contacts.io.ContactImporter;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;

/**
 * Imports a file in the background, cancellable between chunks (what was committed stays, and importing the same
 * file again continues after it). Afterwards {@link IoResultDialog} shows the summary, the report file and the
 * problems. A file that cannot be imported at all ends the job with an error status, which the workbench shows.
 */
final class ContactImportJob extends Job {

    /** The family of import and export jobs, for tests and the Progress view. */
    static final Object FAMILY = ContactImportJob.class;

    private final ContactImporter importer;
    private final Path file;
    private final ImportSettings settings;

    ContactImportJob(ContactImporter importer, Path file, ImportSettings settings) {
        super("Importing contacts from " + file.getFileName());
        this.importer = importer;
        this.file = file;
        this.settings = settings;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ImportResult result;
        try {
            result = importer.importFile(file, settings, monitor);
        } catch (ImportException e) {
            return Status.error(file.getFileName() + " was not imported: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return Status.error(file.getFileName() + " was not imported: " + e, e);
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> IoResultDialog.imported(result).open());
        return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
