package org.rapport.contacts.ui.internal.io;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.rapport.contacts.io.ExportResult;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.ImportResult;

/**
 * What a finished import or export did: the counts, the file (the import's report, the export's output) and, for an
 * import, the problems with line, field and reason. Not modal: it comes when a background job ends, and the user may
 * keep it open beside the contacts list.
 */
final class IoResultDialog extends Dialog {

    /** Title of the dialog after an import. */
    static final String IMPORTED = "Contacts Imported";
    /** Title of the dialog after an export. */
    static final String EXPORTED = "Contacts Exported";

    private final String title;
    private final String summary;
    private final String fileLabel;
    private final Path file;
    private final List<ImportProblem> problems;

    private IoResultDialog(String title, String summary, String fileLabel, Path file, List<ImportProblem> problems) {
        super(parentShell());
        this.title = title;
        this.summary = summary;
        this.fileLabel = fileLabel;
        this.file = file;
        this.problems = problems;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    static IoResultDialog imported(ImportResult result) {
        String summary = result.file().getFileName() + ": " + PreviewText.summary(result);
        if (result.cancelled()) {
            summary += "\nThe import was cancelled after line " + result.lastCommittedLine() + "; what was imported"
                    + " stays. Import the same file again to import the rest.";
        }
        if (result.problemCount() > result.problems().size()) {
            summary += String.format("%nThe first %,d of %,d problems are listed; the report has them all.",
                    result.problems().size(), result.problemCount());
        }
        return new IoResultDialog(IMPORTED, summary, "Report of the problems:", result.report(), result.problems());
    }

    static IoResultDialog exported(ExportResult result) {
        String summary = String.format("%,d %s written as %s.", result.people(), result.people() == 1 ? "person"
                : "people", result.format().label());
        return new IoResultDialog(EXPORTED, summary, "File:", result.file(), List.of());
    }

    private static Shell parentShell() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        return window == null ? null : window.getShell();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label text = new Label(area, SWT.WRAP);
        text.setText(summary);
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(text);
        if (file != null) {
            new Label(area, SWT.NONE).setText(fileLabel);
            Text path = new Text(area, SWT.READ_ONLY | SWT.BORDER);
            path.setText(file.toAbsolutePath().toString());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
        }
        if (!problems.isEmpty()) {
            new Label(area, SWT.NONE).setText("Problems:");
            TableViewer table = Tables.problems(area);
            GridDataFactory.fillDefaults().grab(true, true).hint(720, 200).applyTo(table.getTable());
            Tables.show(table, problems);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
