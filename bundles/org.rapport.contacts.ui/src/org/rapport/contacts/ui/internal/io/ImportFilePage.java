package org.rapport.contacts.ui.internal.io;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactImporter;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.ui.internal.io.ImportChoices.Encoding;

/**
 * The import wizard's first page: the file, its encoding, and for CSV the delimiter and whether the first row is a
 * header. Each change has the importer look at the file again in a background job (it reads the whole file once, to
 * check every byte decodes), and the page says what it found: the format, the columns, the preset they match.
 */
public final class ImportFilePage extends WizardPage {

    /** Typing a file name looks at the file this long after the last keystroke. */
    static final int INSPECT_DELAY_MS = 300;
    private static final String[] DELIMITER_LABELS = { "Detect", "Comma ( , )", "Semicolon ( ; )", "Tab" };
    private static final Character[] DELIMITERS = { null, ',', ';', '\t' };
    private static final String[] HEADER_LABELS = { "Detect", "Names the columns", "Is the first person" };
    private static final Boolean[] HEADERS = { null, true, false };

    private final ContactImporter importer;
    private final ImportChoices choices;
    private Text fileText;
    private Combo encodingCombo;
    private Combo delimiterCombo;
    private Combo headerCombo;
    private Label found;
    private final Runnable inspectLater = this::inspect;
    /** Counts the looks requested, so only the answer to the last one is shown. */
    private int generation;

    ImportFilePage(ContactImporter importer, ImportChoices choices) {
        super("file");
        this.importer = importer;
        this.choices = choices;
        setTitle("Import Contacts");
        setDescription("Choose a CSV file (Google Contacts, Outlook, a spreadsheet) or a vCard file.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText("&File:");
        fileText = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(fileText);
        fileText.addListener(SWT.Modify, e -> fileChanged());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("B&rowse...");
        browse.addListener(SWT.Selection, e -> browse());

        Group reading = new Group(page, SWT.NONE);
        reading.setText("Reading the file");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(reading);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 8).applyTo(reading);
        encodingCombo = combo(reading, "&Encoding:", Arrays.stream(Encoding.values()).map(e -> e.label)
                .toArray(String[]::new));
        delimiterCombo = combo(reading, "CSV &delimiter:", DELIMITER_LABELS);
        headerCombo = combo(reading, "CSV first &row:", HEADER_LABELS);

        found = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 8).applyTo(found);
        setControl(page);
    }

    private Combo combo(Composite parent, String label, String[] items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> readingChanged());
        GridDataFactory.fillDefaults().applyTo(combo);
        return combo;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Import Contacts");
        dialog.setFilterExtensions(new String[] { "*.csv;*.vcf;*.vcard;*.tsv;*.txt", "*.csv;*.tsv;*.txt",
                "*.vcf;*.vcard", "*" });
        dialog.setFilterNames(new String[] { "Contacts files", "CSV files", "vCard files", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void fileChanged() {
        getShell().getDisplay().timerExec(-1, inspectLater);
        getShell().getDisplay().timerExec(INSPECT_DELAY_MS, inspectLater);
        waitForInspection();
    }

    private void readingChanged() {
        choices.encoding = Encoding.values()[encodingCombo.getSelectionIndex()];
        choices.delimiter = DELIMITERS[delimiterCombo.getSelectionIndex()];
        choices.header = HEADERS[headerCombo.getSelectionIndex()];
        inspect();
    }

    private void waitForInspection() {
        generation++;
        choices.layout = null;
        setPageComplete(false);
    }

    /** Has the importer look at the file in a job; the page shows what it found. */
    private void inspect() {
        if (fileText.isDisposed()) {
            return;
        }
        waitForInspection();
        Path file = path(fileText.getText().trim());
        if (file == null) {
            return;
        }
        choices.file = file;
        int asked = generation;
        setErrorMessage(null);
        found.setText("Reading " + file.getFileName() + "\u2026");
        var settings = choices.inspectionSettings();
        Job job = Job.create("Reading " + file.getFileName(), (IProgressMonitor monitor) -> {
            FileLayout layout;
            try {
                layout = importer.inspect(file, settings);
            } catch (ImportException e) {
                show(asked, null, e.getMessage());
                return Status.OK_STATUS;
            }
            show(asked, layout, null);
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int asked, FileLayout layout, String problem) {
        if (found.isDisposed()) {
            return;
        }
        found.getDisplay().asyncExec(() -> {
            if (found.isDisposed() || asked != generation) {
                return;
            }
            if (layout == null) {
                found.setText("");
                setErrorMessage(problem);
                return;
            }
            choices.found(layout);
            found.setText(LayoutText.describe(layout));
            found.getParent().layout(true, true);
            delimiterCombo.setEnabled(layout.format() == ContactFormat.CSV);
            headerCombo.setEnabled(layout.format() == ContactFormat.CSV);
            String unusable = unusable(layout);
            setErrorMessage(unusable);
            setPageComplete(unusable == null);
        });
    }

    /** Why the file cannot be imported as it is read now, or {@code null}. */
    private static String unusable(FileLayout layout) {
        if (!layout.readable()) {
            Encoding suggested = Encoding.of(layout.suggestedEncoding());
            return layout.encodingProblem() + (suggested == null ? "" : " Choose the encoding " + suggested.label + ".");
        }
        if (layout.format() == ContactFormat.VCARD && layout.cards() == 0) {
            return "The file holds no vCard (no BEGIN:VCARD line). Is it a CSV file with another extension?";
        }
        if (layout.format() == ContactFormat.CSV && layout.columns().isEmpty()) {
            return "The file has no columns. Is it empty?";
        }
        return null;
    }

    private Path path(String text) {
        if (text.isEmpty()) {
            found.setText("");
            setErrorMessage(null);
            return null;
        }
        try {
            Path file = Path.of(text);
            if (Files.isRegularFile(file)) {
                return file;
            }
            setErrorMessage(Files.isDirectory(file) ? text + " is a folder; choose a file in it."
                    : "There is no file " + text + ".");
        } catch (InvalidPathException e) {
            setErrorMessage("'" + text + "' is no file name: " + e.getReason() + ".");
        }
        found.setText("");
        return null;
    }

    /** The file name box, for tests. */
    public Text fileText() {
        return fileText;
    }

    /** What the page says it found in the file, for tests. */
    public String foundText() {
        return found.getText();
    }

    /** The encoding choice, for tests. */
    public Combo encodingCombo() {
        return encodingCombo;
    }
}
