package org.rapport.loyalty.ui.internal.enrol;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ui.internal.ProgramCombo;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.ui.jobs.UiJobs;

/**
 * Enrols one contact (searched by name, email or handle through the person lookup) or every member of a saved segment
 * in a program. The dialog only chooses; {@link Enrolment} writes, in a job.
 */
public final class EnrolDialog extends TitleAreaDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "Enrol in Loyalty Program";
    static final int LIMIT = 50;

    private final List<Program> programs;
    private final Program initialProgram;
    private final PersonRef initialPerson;
    private final PersonLookup lookup;
    private final boolean segmentsAvailable;
    private ProgramCombo programCombo;
    private Button oneContact;
    private Button wholeSegment;
    private Text search;
    private Table matches;
    private Combo segmentCombo;
    private List<PersonRef> found = new ArrayList<>();
    private List<Segments.Choice> segments = List.of();
    private EnrolRequest request;
    private final Runnable searchSoon = this::search;

    /**
     * @param initialProgram the program picked at first, or {@code null} for the first
     * @param initialPerson  the contact picked at first (e.g. selected in Contacts), or {@code null}
     * @param lookup         finds contacts; {@code null} without contacts (then only segments... none either)
     */
    public EnrolDialog(Shell parent, List<Program> programs, Program initialProgram, PersonRef initialPerson,
            PersonLookup lookup) {
        super(parent);
        this.programs = List.copyOf(programs);
        this.initialProgram = initialProgram;
        this.initialPerson = initialPerson;
        this.lookup = lookup;
        this.segmentsAvailable = Segments.available();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TITLE);
        setMessage("New members start in the program's base tier and earn from their next purchase.");
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 8).spacing(8, 6).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        new Label(form, SWT.NONE).setText("&Program:");
        programCombo = new ProgramCombo(form);
        programCombo.setPrograms(programs);
        if (initialProgram != null) {
            programCombo.select(initialProgram.id());
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(programCombo.getControl());

        oneContact = new Button(form, SWT.RADIO);
        oneContact.setText("One &contact:");
        oneContact.setSelection(true);
        search = new Text(form, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        search.setMessage("Type a name, an email or a handle");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        new Label(form, SWT.NONE);
        matches = new Table(form, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 160).applyTo(matches);

        wholeSegment = new Button(form, SWT.RADIO);
        wholeSegment.setText("A whole &segment:");
        segmentCombo = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(segmentCombo);
        wholeSegment.setEnabled(segmentsAvailable);
        segmentCombo.setEnabled(false);
        segmentCombo.setItems(segmentsAvailable ? "Reading segments\u2026" : "No segments: the contacts are not installed");
        segmentCombo.select(0);

        oneContact.addListener(SWT.Selection, e -> modeChanged());
        wholeSegment.addListener(SWT.Selection, e -> modeChanged());
        search.addListener(SWT.Modify, e -> Views.soon(search, 200, searchSoon));
        matches.addListener(SWT.DefaultSelection, e -> okPressed());
        segmentCombo.addListener(SWT.Selection, e -> setErrorMessage(null));
        if (initialPerson != null) {
            found = List.of(initialPerson);
            new TableItem(matches, SWT.NONE).setText(initialPerson.displayName());
            matches.select(0);
        }
        if (segmentsAvailable) {
            UiJobs.once("Reading segments", segmentCombo, Segments::choices, this::showSegments,
                    e -> setErrorMessage("Could not read the segments: " + UiJobs.message(e)));
        }
        if (programs.isEmpty()) {
            setErrorMessage("There is no program yet: create one in the Programs view first.");
        }
        return area;
    }

    private void modeChanged() {
        boolean segment = wholeSegment.getSelection();
        search.setEnabled(!segment);
        matches.setEnabled(!segment);
        segmentCombo.setEnabled(segment && !segments.isEmpty());
        setErrorMessage(null);
    }

    private void search() {
        if (search.isDisposed() || lookup == null) {
            return;
        }
        String typed = search.getText().strip();
        UiJobs.once("Searching contacts", matches, () -> lookup.find(typed, LIMIT), this::showMatches,
                e -> setErrorMessage("Could not search: " + UiJobs.message(e)));
    }

    private void showMatches(List<PersonRef> result) {
        found = List.copyOf(result);
        matches.removeAll();
        for (PersonRef person : found) {
            new TableItem(matches, SWT.NONE).setText(person.displayName());
        }
        if (!found.isEmpty()) {
            matches.select(0);
        }
        setErrorMessage(found.isEmpty() && !search.getText().isBlank() ? "Nobody matches; type less of the name."
                : null);
    }

    private void showSegments(List<Segments.Choice> choices) {
        segments = List.copyOf(choices);
        segmentCombo.setItems(segments.isEmpty() ? new String[] { "No saved segments yet" }
                : segments.stream().map(Segments.Choice::name).toArray(String[]::new));
        segmentCombo.select(0);
        wholeSegment.setEnabled(!segments.isEmpty());
        modeChanged();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Enrol", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        Program program = programCombo.selected();
        if (program == null) {
            setErrorMessage("There is no program yet: create one in the Programs view first.");
            return;
        }
        if (wholeSegment.getSelection()) {
            int index = segmentCombo.getSelectionIndex();
            if (index < 0 || index >= segments.size()) {
                setErrorMessage("Pick a segment, or Cancel.");
                return;
            }
            request = EnrolRequest.segment(program, segments.get(index).id(), segments.get(index).name());
        } else {
            int index = matches.getSelectionIndex();
            if (index < 0 || index >= found.size()) {
                setErrorMessage("Search for the contact and pick one of the matches, or Cancel.");
                return;
            }
            request = EnrolRequest.person(program, found.get(index));
        }
        super.okPressed();
    }

    /** What was chosen, after OK. */
    EnrolRequest request() {
        return request;
    }

    /** The search field, for tests. */
    public Text searchField() {
        return search;
    }

    /** The matches, for tests. */
    public Table matches() {
        return matches;
    }

    /** The "a whole segment" choice, for tests. */
    public Button segmentChoice() {
        return wholeSegment;
    }

    /** The segments, for tests. */
    public Combo segmentCombo() {
        return segmentCombo;
    }
}
