package org.rapport.loyalty.ui.internal.imports;

import java.nio.file.Path;
import java.util.Comparator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.loyalty.ImportProblem;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.Program;

/**
 * What a transactions import did: rows applied, rows imported before (skipped), rows rejected, and the rejected rows
 * with their line and reason; the full report file's place when rows were rejected.
 */
public final class ImportResultDialog extends Dialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "Loyalty Transactions Imported";

    private final Program program;
    private final Path file;
    private final ImportReport report;
    private Table problems;
    private Label summary;

    ImportResultDialog(Shell parent, Program program, Path file, ImportReport report) {
        super(parent);
        this.program = program;
        this.file = file;
        this.report = report;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Tells the user why the file could not be imported at all. */
    static void failed(Shell shell, Path file, Exception e) {
        MessageDialog.openError(shell, "Loyalty Transactions Not Imported",
                file.getFileName() + " could not be imported: " + e.getMessage());
    }

    /** "120 applied, 3 already imported, 2 rejected". */
    static String summary(ImportReport report) {
        return String.format("%,d applied, %,d already imported, %,d rejected", report.applied(),
                report.alreadyImported(), report.rejected());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(12, 10).spacing(6, 8).applyTo(area);
        summary = new Label(area, SWT.WRAP);
        summary.setText(file.getFileName() + " into " + program.name() + ": " + summary(report) + ".");
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(summary);
        if (report.rejected() > 0) {
            Label rejectedLabel = new Label(area, SWT.WRAP);
            rejectedLabel.setText("Rejected rows (nothing of them was applied; fix them and import the file again, the"
                    + " applied rows are skipped):");
            GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(rejectedLabel);
            problems = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
            problems.setHeaderVisible(true);
            problems.setLinesVisible(true);
            for (String[] column : new String[][] { { "Line", "60" }, { "Reference", "120" }, { "Reason", "340" } }) {
                TableColumn c = new TableColumn(problems, SWT.LEFT);
                c.setText(column[0]);
                c.setWidth(Integer.parseInt(column[1]));
            }
            // in file order, whatever order the chunks found them in: the user fixes the file top to bottom
            for (ImportProblem problem : report.problems().stream()
                    .sorted(Comparator.comparingLong(ImportProblem::line)).toList()) {
                new TableItem(problems, SWT.NONE).setText(new String[] { Long.toString(problem.line()),
                        problem.reference(), problem.reason() });
            }
            GridDataFactory.fillDefaults().grab(true, true).hint(540, 200).applyTo(problems);
            if (report.reportFile() != null) {
                Label where = new Label(area, SWT.WRAP);
                where.setText((report.problems().size() < report.rejected()
                        ? "The first " + report.problems().size() + " are shown; all are in " : "Also written to ")
                        + report.reportFile());
                GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(where);
            }
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The rejected rows' table, or {@code null} when none was rejected; for tests. */
    public Table problems() {
        return problems;
    }

    /** The summary line, for tests. */
    public String summaryText() {
        return summary.getText();
    }
}
