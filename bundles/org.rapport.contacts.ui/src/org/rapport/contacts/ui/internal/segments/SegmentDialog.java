package org.rapport.contacts.ui.internal.segments;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.ui.jobs.LatestRequest;

/**
 * New or edit a saved segment: its name and description, and criteria mixing demographics, tags, custom fields and
 * social footprint. While the user edits, the members are counted in the background ("1,234 people match"); what
 * cannot be read or evaluated is marked at its field, and OK stays disabled until the segment can be saved. OK saves
 * in a job; a name that is taken is marked at the name.
 */
public final class SegmentDialog extends TitleAreaDialog {

    private static final String HINT = "Choose who belongs to the segment. Members are whoever meets the conditions"
            + " now; the count follows your changes.";
    /** Counting waits this long after an edit, so typing "1000" counts once, not four times. */
    static final int COUNT_DELAY_MS = 300;

    private final SegmentService segments;
    private final Segment segment;
    private final List<CustomFieldDefinition> fields;
    private final FieldDecorations decorations = new FieldDecorations();
    private Composite area;
    private Text name;
    private Text description;
    private CriteriaForm form;
    private Label count;
    private LatestRequest<SegmentCriteria> counter;
    private CriteriaReading reading;
    private Segment saved;
    private boolean saving;
    private boolean countValid;

    /**
     * @param segment the segment to edit (a copy), or a new one
     * @param fields  this installation's custom fields, read beforehand in a job
     */
    public SegmentDialog(Shell parent, SegmentService segments, Segment segment, List<CustomFieldDefinition> fields) {
        super(parent);
        this.segments = segments;
        this.segment = segment.copy();
        this.fields = List.copyOf(fields);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(isNew() ? "New Segment" : "Edit Segment");
    }

    private boolean isNew() {
        return segment.getId() == 0;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite top = (Composite) super.createDialogArea(parent);
        setTitle(isNew() ? "New segment" : "Segment \u201c" + segment.getName() + "\u201d");
        setMessage(HINT);
        area = new Composite(top, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 6).spacing(6, 6).applyTo(area);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(area);

        Composite naming = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(naming);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(naming);
        name = labelled(naming, "&Name:", "name", SWT.BORDER, "e.g. Young professionals on Mastodon");
        description = labelled(naming, "&Description:", "description", SWT.BORDER, "what the segment is for (optional)");

        form = new CriteriaForm(area, fields, this::criteriaChanged);
        form.load(segment.getCriteria());
        name.setText(segment.getName());
        description.setText(segment.getDescription());

        count = new Label(area, SWT.NONE);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
        count.setFont(bold);
        count.setData(Widgets.FIELD, "count");
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(count);

        name.addListener(SWT.Modify, e -> updateState());
        counter = LatestRequest.<SegmentCriteria> named("Counting the segment's members").on(area)
                .delay(COUNT_DELAY_MS)
                .onError(e -> count.setText("The members could not be counted: " + e.getMessage()))
                .reads(this::count);
        criteriaChanged();
        return top;
    }

    private static Text labelled(Composite parent, String label, String field, int style, String message) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setMessage(message);
        text.setData(Widgets.FIELD, field);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(isNew() ? "&Create" : "&Save");
        updateState();
    }

    /** The form changed: read it again, mark what cannot be read, count what can. */
    private void criteriaChanged() {
        reading = form.read();
        countValid = false;
        if (reading.readable()) {
            count.setText("Counting members\u2026");
            counter.request(reading.criteria(form.match()));
        } else {
            counter.forget();
            count.setText("Members: \u2014 (correct the marked fields to count them)");
        }
        show(reading.problems());
    }

    /** Validates and counts criteria, in the counter's job. */
    private void count(SegmentCriteria criteria, LatestRequest.Reply reply, IProgressMonitor monitor) {
        try {
            List<FieldProblem> problems = segments.validate(criteria);
            if (!problems.isEmpty()) {
                reply.show(() -> invalid(problems));
            } else {
                int members = segments.count(criteria);
                reply.show(() -> counted(members));
            }
        } catch (ContactValidationException e) {
            reply.show(() -> invalid(e.problems()));
        }
    }

    private void counted(int members) {
        countValid = true;
        count.setText(members == 1 ? "1 person matches" : NumberFormat.getIntegerInstance().format(members)
                + " people match");
        count.getParent().layout(new Control[] { count });
        show(reading.problems());
    }

    /** The service cannot evaluate the criteria (an unknown custom field, a choice the field does not offer). */
    private void invalid(List<FieldProblem> problems) {
        count.setText("Members: — (correct the marked fields to count them)");
        show(problemsAt(problems));
    }

    /** The service's problems ({@code conditions[2]}, {@code name}) at the controls that set them. */
    private Map<Control, String> problemsAt(List<FieldProblem> problems) {
        Map<Control, String> at = new LinkedHashMap<>(reading.problems());
        for (FieldProblem problem : problems) {
            Control control = problem.field().equals("name") ? name : area;
            if (problem.field().startsWith("conditions[")) {
                int index = Integer.parseInt(problem.field().replaceAll("\\D", ""));
                Control source = reading.sourceOf(index);
                control = source != null ? source : area;
            }
            at.putIfAbsent(control, problem.message());
        }
        return at;
    }

    private void show(Map<Control, String> problems) {
        Map<Control, String> atFields = new LinkedHashMap<>(problems);
        atFields.remove(area);
        decorations.show(atFields);
        if (problems.isEmpty()) {
            setErrorMessage(null);
        } else {
            setErrorMessage(problems.values().iterator().next());
        }
        updateState();
    }

    private void updateState() {
        if (getButton(IDialogConstants.OK_ID) == null || name == null) {
            return;
        }
        boolean named = !name.getText().isBlank();
        if (getErrorMessage() == null) {
            setMessage(named ? HINT : "Give the segment a name.", named ? IMessageProvider.NONE : IMessageProvider.INFORMATION);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(named && !saving && reading != null && reading.readable()
                && getErrorMessage() == null);
    }

    @Override
    protected void okPressed() {
        segment.setName(name.getText());
        segment.setDescription(description.getText());
        segment.setCriteria(reading.criteria(form.match()));
        Segment toSave = segment.copy();
        saving = true;
        updateState();
        Shell shell = getShell();
        Job.create("Saving segment " + toSave.getName(), monitor -> {
            try {
                Segment result = segments.save(toSave);
                ui(shell, () -> {
                    saved = result;
                    super.okPressed();
                });
            } catch (ContactValidationException e) {
                ui(shell, () -> {
                    saving = false;
                    show(problemsAt(e.problems()));
                });
            } catch (ConcurrentEditException e) {
                ui(shell, () -> {
                    saving = false;
                    setErrorMessage("Someone changed or deleted this segment meanwhile; cancel and open it again.");
                });
            } catch (RuntimeException e) {
                ui(shell, () -> {
                    saving = false;
                    setErrorMessage("The segment could not be saved: " + e.getMessage());
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private static void ui(Shell shell, Runnable runnable) {
        if (!shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    /** The segment as saved, after OK; {@code null} before. */
    public Segment saved() {
        return saved;
    }

    /** The control that sets a field ({@code name}, {@code ageFrom}, {@code custom.annual_value.from}...), for tests. */
    public Control control(String field) {
        for (Control control : descendants(area)) {
            if (field.equals(control.getData(Widgets.FIELD))) {
                return control;
            }
        }
        return null;
    }

    private static List<Control> descendants(Control root) {
        List<Control> all = new java.util.ArrayList<>();
        all.add(root);
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                all.addAll(descendants(child));
            }
        }
        return all;
    }

    /** The count line ("42 people match"), for tests. */
    public String countText() {
        return count.getText();
    }

    /** Whether the shown count is that of the criteria as they are now, for tests. */
    public boolean isCountCurrent() {
        return countValid && !counter.isBusy();
    }

    /** The message marked at a control, or {@code null}, for tests. */
    public String messageAt(Control control) {
        return decorations.at(control);
    }

    /** The criteria as the form reads them now (possibly with problems), for tests. */
    public SegmentCriteria criteria() {
        return form.read().criteria(form.match());
    }
}
