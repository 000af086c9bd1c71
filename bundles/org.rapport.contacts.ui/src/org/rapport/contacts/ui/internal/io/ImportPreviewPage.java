package org.rapport.contacts.ui.internal.io;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.rapport.contacts.io.ContactImporter;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;

/**
 * The import wizard's last page: what the import would do, found by a dry run over the whole file (in the wizard's
 * progress area, cancellable) before anything is written: how many people are created, updated, unchanged and
 * rejected, the first rows' outcome, and every problem with its line, field and reason.
 */
public final class ImportPreviewPage extends WizardPage {

    private final ContactImporter importer;
    private final ImportChoices choices;
    private Label summary;
    private TableViewer planned;
    private TableViewer problems;
    /** The settings the preview shown was made with; {@code null} before the first. */
    private ImportSettings previewed;
    private ImportResult result;

    ImportPreviewPage(ContactImporter importer, ImportChoices choices) {
        super("preview");
        this.importer = importer;
        this.choices = choices;
        setTitle("Preview");
        setDescription("What the import will do. Nothing is written before you press Finish.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(summary);
        SashForm sash = new SashForm(page, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 300).applyTo(sash);
        Composite top = titled(sash, "People (the first rows):");
        planned = Tables.planned(top);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(planned.getTable());
        Composite bottom = titled(sash, "Problems (a rejected row is not imported; the rest is):");
        problems = Tables.problems(bottom);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(problems.getTable());
        setControl(page);
    }

    private static Composite titled(Composite parent, String title) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(box);
        new Label(box, SWT.NONE).setText(title);
        return box;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible && !choices.settings().equals(previewed)) {
            setPageComplete(false);
            // after the page is painted: the wizard's run() needs the dialog open and this page showing
            getShell().getDisplay().asyncExec(this::preview);
        }
    }

    private void preview() {
        if (getControl().isDisposed() || getContainer().getCurrentPage() != this) {
            return;
        }
        ImportSettings settings = choices.settings();
        AtomicReference<ImportResult> answer = new AtomicReference<>();
        setErrorMessage(null);
        summary.setText("Reading " + choices.file.getFileName() + "\u2026");
        try {
            getContainer().run(true, true, monitor -> answer.set(importer.preview(choices.file, settings, monitor)));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            summary.setText("");
            setErrorMessage(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        previewed = settings;
        show(answer.get());
    }

    private void show(ImportResult preview) {
        result = preview;
        summary.setText(PreviewText.summary(preview));
        Tables.show(planned, preview.sample());
        Tables.show(problems, preview.problems());
        if (preview.cancelled()) {
            setMessage("The preview was cancelled: the counts are those of the rows read. Finish imports the whole"
                    + " file.", IMessageProvider.WARNING);
        } else if (preview.rejected() > 0) {
            setMessage(String.format("%,d %s will not be imported; see the problems below.", preview.rejected(),
                    preview.rejected() == 1 ? "row" : "rows"), IMessageProvider.WARNING);
        } else {
            setMessage(null);
        }
        summary.getParent().layout(true, true);
        setPageComplete(preview.imported() > 0 || preview.cancelled());
        if (preview.imported() == 0 && !preview.cancelled()) {
            setErrorMessage("The file adds nothing: every row is rejected or already in the database.");
        }
    }

    /** The last preview, for tests; {@code null} before it is done. */
    public ImportResult result() {
        return result;
    }

    /** The line that sums the preview up, for tests. */
    public String summaryText() {
        return summary.getText();
    }

    /** The problems table, for tests. */
    public Table problemsTable() {
        return problems.getTable();
    }

    /** The people table, for tests. */
    public Table plannedTable() {
        return planned.getTable();
    }
}
