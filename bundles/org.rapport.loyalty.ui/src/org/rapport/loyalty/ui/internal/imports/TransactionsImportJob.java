package org.rapport.loyalty.ui.internal.imports;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.TransactionImport;

/**
 * Imports purchases and refunds from a POS/ERP CSV file into a program: a file dialog, a user job with progress (the
 * import commits in chunks, so Cancel keeps what was committed and a re-run skips it), then the
 * {@link ImportResultDialog} with what was applied and every rejected row with its line and reason.
 */
public final class TransactionsImportJob {

    /** The job family, for tests that wait for imports. */
    public static final Object FAMILY = TransactionsImportJob.class;

    private TransactionsImportJob() {
    }

    /** Asks for the file, then imports it in a job; does nothing when the dialog is cancelled. */
    public static Job chooseAndImport(Shell shell, TransactionImport importer, Program program) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Loyalty Transactions into " + program.name());
        dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
        dialog.setFilterNames(new String[] { "CSV files (" + TransactionImport.HEADER + ")", "All files" });
        String chosen = dialog.open();
        return chosen == null ? null : start(shell, importer, program, Path.of(chosen));
    }

    /** Imports a file in a user job and shows the result when it is done. */
    public static Job start(Shell shell, TransactionImport importer, Program program, Path file) {
        Display display = shell.getDisplay();
        Job job = new Job("Importing " + file.getFileName() + " into " + program.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ImportReport report = importer.importFile(program.id(), file, monitor);
                    showLater(display, shell, () -> new ImportResultDialog(shell, program, file, report).open());
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (RuntimeException e) {
                    showLater(display, shell, () -> ImportResultDialog.failed(shell, file, e));
                    return Status.OK_STATUS; // shown to the user; the import wrote nothing more than its chunks
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void showLater(Display display, Shell shell, Runnable show) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    show.run();
                }
            });
        }
    }
}
