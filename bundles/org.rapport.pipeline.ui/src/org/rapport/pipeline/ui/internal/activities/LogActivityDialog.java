package org.rapport.pipeline.ui.internal.activities;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.PersonRef;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.activities.Activity;
import org.rapport.pipeline.activities.ActivityKind;
import org.rapport.pipeline.activities.ActivityService;
import org.rapport.pipeline.ui.internal.handlers.Selections;
import org.rapport.ui.jobs.UiJobs;

/**
 * Logs a call, meeting, task or email against a person and/or a deal: what, when, how long, a reminder, notes. A call
 * or email in the past is logged as done. Saved in a job; what the service refuses is shown in the dialog.
 */
public final class LogActivityDialog extends TitleAreaDialog {

    static final String[] REMINDERS = { "No reminder", "At the time", "5 minutes before", "15 minutes before",
            "1 hour before", "1 day before" };
    static final Duration[] REMINDER_OFFSETS = { null, Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofDays(1) };

    private final ActivityService activities;
    private final PersonRef person;
    private final Long opportunityId;
    private final String opportunityTitle;
    private Combo kind;
    private Text subject;
    private DateTime date;
    private DateTime time;
    private Spinner minutes;
    private Combo reminder;
    private Text notes;
    private Activity saved;

    /**
     * @param person           the person it concerns, or {@code null}
     * @param opportunityId    the deal it belongs to, or {@code null}
     * @param opportunityTitle the deal's title, shown, or {@code null}
     */
    public LogActivityDialog(Shell parent, ActivityService activities, PersonRef person, Long opportunityId,
            String opportunityTitle) {
        super(parent);
        this.activities = activities;
        this.person = person;
        this.opportunityId = opportunityId;
        this.opportunityTitle = opportunityTitle;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Log Activity");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Log a call, meeting, task or email");
        setMessage(person == null && opportunityId == null
                ? "Nothing is selected: the activity will be yours only. Select a person or a deal to log it against them."
                : "For " + (person == null ? "" : person.displayName())
                        + (opportunityTitle == null ? "" : (person == null ? "" : ", ") + "deal '" + opportunityTitle + "'"));
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        label(form, "Kind:");
        kind = new Combo(form, SWT.READ_ONLY);
        kind.setItems("Call", "Meeting", "Task", "Email");
        kind.select(0);
        kind.addListener(SWT.Selection, e -> minutes.setSelection(defaultMinutes()));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(kind);
        label(form, "Subject:");
        subject = new Text(form, SWT.BORDER);
        subject.setMessage("e.g. Follow-up call about the offer");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(360, SWT.DEFAULT).applyTo(subject);
        label(form, "When:");
        date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        time = new DateTime(form, SWT.TIME | SWT.SHORT | SWT.BORDER);
        new Label(form, SWT.NONE);
        label(form, "Minutes:");
        minutes = new Spinner(form, SWT.BORDER);
        minutes.setValues(15, 0, 24 * 60, 0, 5, 30);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(minutes);
        label(form, "Reminder:");
        reminder = new Combo(form, SWT.READ_ONLY);
        reminder.setItems(REMINDERS);
        reminder.select(0);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(reminder);
        label(form, "Notes:");
        notes = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(360, 70).applyTo(notes);
        return area;
    }

    private int defaultMinutes() {
        return switch (kind.getSelectionIndex()) {
            case 0 -> 15;
            case 1 -> 60;
            default -> 0;
        };
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    /** The activity as filled in. */
    Activity activity() {
        Instant due = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
                time.getMinutes()).atZone(ZoneId.systemDefault()).toInstant();
        Activity a = new Activity(ActivityKind.values()[kind.getSelectionIndex()], subject.getText().trim(), due);
        a.setPerson(person);
        a.setOpportunityId(opportunityId);
        a.setDuration(Duration.ofMinutes(minutes.getSelection()));
        a.setNotes(notes.getText().trim());
        a.setOwner(Selections.userName());
        Duration before = REMINDER_OFFSETS[reminder.getSelectionIndex()];
        a.setReminderAt(before == null ? null : due.minus(before));
        boolean past = due.isBefore(Instant.now());
        a.setDone(past && (a.getKind() == ActivityKind.CALL || a.getKind() == ActivityKind.EMAIL));
        return a;
    }

    @Override
    protected void okPressed() {
        Activity activity = activity();
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        UiJobs.once("Saving activity", getShell(), () -> activities.save(activity), done -> {
            saved = done;
            super.okPressed();
        }, e -> {
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            setErrorMessage(e instanceof PipelineValidationException invalid ? problems(invalid.problems())
                    : "Not saved: " + UiJobs.message(e));
        });
    }

    private static String problems(List<FieldProblem> problems) {
        return String.join(" ", problems.stream().map(FieldProblem::message).toList());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Log", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The activity saved, or {@code null}; for tests. */
    public Activity saved() {
        return saved;
    }

    /** The subject box, for tests. */
    public Text subjectText() {
        return subject;
    }
}
