package org.rapport.contacts.ui.internal.io;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

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
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentService;

/**
 * The export wizard's page: whom (everyone, the people selected in the contacts list, a saved segment), the format
 * (vCard 4.0 or CSV) and the file. How many people there are and which segments exist is read in a job.
 */
public final class ExportPage extends WizardPage {

    private final ContactService contacts;
    private final SegmentService segments;
    private final long[] selectedIds;
    private final long preferredSegment;
    private Button everyone;
    private Button selected;
    private Button segment;
    private Combo segmentCombo;
    private Button vcard;
    private Button csv;
    private Text fileText;
    private List<Segment> segmentList = List.of();

    ExportPage(ContactService contacts, SegmentService segments, long[] selectedIds, long preferredSegment) {
        super("export");
        this.preferredSegment = preferredSegment;
        this.contacts = contacts;
        this.segments = segments;
        this.selectedIds = selectedIds;
        setTitle("Export Contacts");
        setDescription("Write people to a vCard 4.0 file (phones, mail programs) or a CSV file (spreadsheets).");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        Group whom = group(page, "People");
        everyone = radio(whom, "&All contacts", 2);
        selected = radio(whom, String.format("The %,d %s &selected in the contacts list", selectedIds.length,
                selectedIds.length == 1 ? "person" : "people"), 2);
        selected.setEnabled(selectedIds.length > 0);
        segment = radio(whom, "The members of the saved se&gment:", 1);
        segmentCombo = new Combo(whom, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(segmentCombo);
        segmentCombo.addListener(SWT.Selection, e -> {
            setAudience(segment);
            validate();
        });
        segment.setEnabled(false);
        segmentCombo.setEnabled(false);
        setAudience(selectedIds.length > 0 ? selected : everyone);

        Group format = group(page, "Format");
        vcard = radio(format, "&vCard 4.0", 2);
        csv = radio(format, "&CSV (Rapport's columns, which an import reads back)", 2);
        vcard.setSelection(true);
        vcard.addListener(SWT.Selection, e -> formatChanged());

        new Label(page, SWT.NONE).setText("&File:");
        fileText = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(fileText);
        fileText.setText(Path.of(System.getProperty("user.home"), "contacts.vcf").toString());
        fileText.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("B&rowse...");
        browse.addListener(SWT.Selection, e -> browse());
        setControl(page);
        loadCounts();
        validate();
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
        return group;
    }

    private Button radio(Composite parent, String text, int span) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        GridDataFactory.fillDefaults().span(span, 1).applyTo(button);
        button.addListener(SWT.Selection, e -> validate());
        return button;
    }

    private void setAudience(Button chosen) {
        for (Button button : new Button[] { everyone, selected, segment }) {
            button.setSelection(button == chosen);
        }
    }

    /** Reads how many people there are and the segments, off the UI thread. */
    private void loadCounts() {
        Job job = Job.create("Reading contacts and segments", monitor -> {
            int count = contacts.count(ContactQuery.ALL);
            List<Segment> saved = segments == null ? List.of() : segments.segments();
            everyone.getDisplay().asyncExec(() -> showCounts(count, saved));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void showCounts(int count, List<Segment> saved) {
        if (everyone.isDisposed()) {
            return;
        }
        everyone.setText(String.format("&All contacts (%,d)", count));
        segmentList = saved;
        segmentCombo.setItems(saved.stream().map(Segment::getName).toArray(String[]::new));
        if (!saved.isEmpty()) {
            segmentCombo.select(0);
        }
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).getId() == preferredSegment) {
                segmentCombo.select(i);
                setAudience(segment);
            }
        }
        segment.setEnabled(!saved.isEmpty());
        segmentCombo.setEnabled(!saved.isEmpty());
        if (saved.isEmpty()) {
            segment.setToolTipText(segments == null ? "Segments are not installed." : "No segment is saved yet.");
        }
        everyone.getParent().layout(true, true);
        validate();
    }

    private void formatChanged() {
        String text = fileText.getText().strip();
        String wanted = "." + format().extension();
        for (ContactFormat other : ContactFormat.values()) {
            String extension = "." + other.extension();
            if (text.endsWith(extension) && !extension.equals(wanted)) {
                fileText.setText(text.substring(0, text.length() - extension.length()) + wanted);
            }
        }
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export Contacts");
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { "*." + format().extension(), "*" });
        Path current = file();
        if (current != null) {
            dialog.setFileName(current.getFileName().toString());
            if (current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
            }
        }
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void validate() {
        String problem = null;
        Path file = file();
        if (fileText.getText().isBlank()) {
            problem = "Choose the file to write.";
        } else if (file == null) {
            problem = "'" + fileText.getText().strip() + "' is no file name.";
        } else if (Files.isDirectory(file)) {
            problem = file + " is a folder; add a file name.";
        } else if (file.toAbsolutePath().getParent() == null || !Files.isDirectory(file.toAbsolutePath().getParent())) {
            problem = "The folder " + file.toAbsolutePath().getParent() + " does not exist.";
        } else if (segment.getSelection() && segmentCombo.getSelectionIndex() < 0) {
            problem = "Choose a segment.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    ContactFormat format() {
        return csv != null && csv.getSelection() ? ContactFormat.CSV : ContactFormat.VCARD;
    }

    Path file() {
        try {
            String text = fileText.getText().strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    ExportAudience audience() {
        if (selected.getSelection()) {
            return new ExportAudience.Selected(selectedIds);
        }
        if (segment.getSelection() && segmentCombo.getSelectionIndex() >= 0) {
            return new ExportAudience.Members(segmentList.get(segmentCombo.getSelectionIndex()));
        }
        return new ExportAudience.Everyone();
    }

    /** The file name box, for tests. */
    public Text fileText() {
        return fileText;
    }

    /** The "selected people" choice, for tests. */
    public Button selectedChoice() {
        return selected;
    }

    /** The CSV format choice, for tests. */
    public Button csvChoice() {
        return csv;
    }
}
