package org.rapport.pipeline.ui.internal.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

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
import org.eclipse.swt.widgets.Text;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.ui.jobs.UiJobs;

/**
 * A case (complaint): its details, and its way through the status flow. Only the moves the flow allows from the
 * current status have buttons (New: Start Work; In progress: Resolve, Close Case; Resolved: Reopen, Close Case);
 * resolving needs resolution notes, closing also the customer's satisfaction (1-5). Each step is written in a job
 * and the dialog stays open showing where the case stands now; a closed case is read-only.
 */
public final class CaseDialog extends TitleAreaDialog {

    static final int SAVE_ID = IDialogConstants.CLIENT_ID + 1;
    static final int STATUS_ID = IDialogConstants.CLIENT_ID + 10;
    static final String[] SATISFACTION = { "(not asked)", "1 - very unhappy", "2 - unhappy", "3 - neutral", "4 - happy",
            "5 - very happy" };

    private final CaseService cases;
    private SupportCase supportCase;
    private Text subject;
    private Combo channel;
    private Text category;
    private Combo priority;
    private Text description;
    private Text resolution;
    private Combo satisfaction;
    private final List<Button> flowButtons = new ArrayList<>();
    private boolean busy;

    /** A dialog for a case read from the service, or a new one (id 0) with its person set. */
    public CaseDialog(Shell parent, CaseService cases, SupportCase supportCase) {
        super(parent);
        this.cases = cases;
        this.supportCase = supportCase.copy();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(supportCase.getId() == 0 ? "New Case" : "Case " + supportCase.getId());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        label(form, "Customer:");
        Label person = new Label(form, SWT.NONE);
        person.setText(supportCase.getPerson() == null ? "(none)" : supportCase.getPerson().displayName());
        GridDataFactory.fillDefaults().span(3, 1).applyTo(person);
        label(form, "Subject:");
        subject = new Text(form, SWT.BORDER);
        subject.setText(supportCase.getSubject());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(subject);
        label(form, "Channel:");
        channel = new Combo(form, SWT.READ_ONLY);
        for (CaseChannel c : CaseChannel.values()) {
            channel.add(c.name().charAt(0) + c.name().substring(1).toLowerCase().replace('_', ' '));
        }
        channel.select(supportCase.getChannel().ordinal());
        label(form, "Priority:");
        priority = new Combo(form, SWT.READ_ONLY);
        for (CasePriority p : CasePriority.values()) {
            priority.add(p.name().charAt(0) + p.name().substring(1).toLowerCase());
        }
        priority.select(supportCase.getPriority().ordinal());
        label(form, "Category:");
        category = new Text(form, SWT.BORDER);
        category.setMessage("e.g. Delivery, Billing, Product quality");
        category.setText(supportCase.getCategory());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(category);
        label(form, "Description:");
        description = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        description.setText(supportCase.getDescription());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(420, 60).applyTo(description);
        label(form, "Resolution:");
        resolution = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        resolution.setMessage("What was done for the customer (needed to resolve or close)");
        resolution.setText(supportCase.getResolution());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(420, 60).applyTo(resolution);
        label(form, "Satisfaction:");
        satisfaction = new Combo(form, SWT.READ_ONLY);
        satisfaction.setItems(SATISFACTION);
        satisfaction.select(supportCase.getSatisfaction() == null ? 0 : supportCase.getSatisfaction());
        satisfaction.setToolTipText("The customer's satisfaction at closing, 1-5 (needed to close)");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(satisfaction);
        showState();
        return area;
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SAVE_ID, supportCase.getId() == 0 ? "&Open Case" : "&Save Details", supportCase.getId() == 0);
        for (CaseStatus status : CaseStatus.values()) {
            Button button = createButton(parent, STATUS_ID + status.ordinal(), buttonLabel(status), false);
            flowButtons.add(button);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
        showState();
    }

    /** What the button that moves a case to a status says. */
    static String buttonLabel(CaseStatus status) {
        return switch (status) {
            case NEW -> "New";
            case IN_PROGRESS -> "Start &Work";
            case RESOLVED -> "&Resolve";
            case CLOSED -> "&Close Case";
        };
    }

    private void showState() {
        if (subject == null || getButton(SAVE_ID) == null) {
            return;
        }
        CaseStatus now = supportCase.getStatus();
        boolean saved = supportCase.getId() != 0;
        boolean closed = now == CaseStatus.CLOSED;
        setTitle(saved ? "Case " + supportCase.getId() + ": " + supportCase.getSubject() : "New case");
        if (getErrorMessage() == null) {
            setMessage(!saved ? "Describe the complaint; it starts as New."
                    : closed ? "Closed" + satisfactionText() + ". A closed case is final."
                            : "Status: " + now.label() + ". " + nextText(now));
        }
        for (CaseStatus status : CaseStatus.values()) {
            Button button = flowButtons.get(status.ordinal());
            boolean allowed = saved && now.canGoTo(status);
            button.setVisible(allowed);
            ((org.eclipse.swt.layout.GridData) button.getLayoutData()).exclude = !allowed;
            button.setEnabled(allowed && !busy);
            if (status == CaseStatus.IN_PROGRESS && allowed) {
                button.setText(now == CaseStatus.RESOLVED ? "Re&open" : "Start &Work");
            }
        }
        getButton(SAVE_ID).setEnabled(!closed && !busy);
        for (Control c : new Control[] { subject, channel, category, priority, description, resolution, satisfaction }) {
            c.setEnabled(!closed && !busy);
        }
        getButton(SAVE_ID).getParent().layout(true);
    }

    private String satisfactionText() {
        return supportCase.getSatisfaction() == null ? "" : " with satisfaction " + supportCase.getSatisfaction() + " of 5";
    }

    private static String nextText(CaseStatus now) {
        return "It can go to " + String.join(" or ", now.next().stream().map(CaseStatus::label).toList()) + ".";
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SAVE_ID) {
            SupportCase edited = edited();
            write(() -> cases.save(edited));
        } else if (buttonId >= STATUS_ID && buttonId < STATUS_ID + CaseStatus.values().length) {
            CaseStatus target = CaseStatus.values()[buttonId - STATUS_ID];
            SupportCase edited = edited();
            long id = supportCase.getId();
            int version = supportCase.getVersion();
            String notes = resolution.getText().trim();
            Integer score = satisfaction.getSelectionIndex() <= 0 ? null : satisfaction.getSelectionIndex();
            write(() -> {
                SupportCase current = cases.supportCase(id).orElseThrow(
                        () -> new IllegalStateException("the case was deleted by someone else"));
                int expected = version;
                if (current.getVersion() == version && detailsChanged(current, edited)) {
                    expected = cases.save(edited).getVersion();
                }
                return cases.changeStatus(id, expected, target, notes, score);
            });
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private static boolean detailsChanged(SupportCase a, SupportCase b) {
        return !a.getSubject().equals(b.getSubject()) || a.getChannel() != b.getChannel()
                || !a.getCategory().equals(b.getCategory()) || a.getPriority() != b.getPriority()
                || !a.getDescription().equals(b.getDescription());
    }

    private SupportCase edited() {
        SupportCase c = supportCase.copy();
        c.setSubject(subject.getText().trim());
        c.setChannel(CaseChannel.values()[channel.getSelectionIndex()]);
        c.setCategory(category.getText().trim());
        c.setPriority(CasePriority.values()[priority.getSelectionIndex()]);
        c.setDescription(description.getText().trim());
        return c;
    }

    private void write(Callable<SupportCase> call) {
        busy = true;
        setErrorMessage(null);
        showState();
        UiJobs.once("Saving case", getShell(), call, saved -> {
            busy = false;
            supportCase = saved;
            getShell().setText("Case " + saved.getId());
            showState();
        }, e -> {
            busy = false;
            setErrorMessage(e instanceof PipelineValidationException invalid ? problems(invalid.problems())
                    : UiJobs.message(e));
            showState();
        });
    }

    private static String problems(List<FieldProblem> problems) {
        return String.join(" ", problems.stream().map(FieldProblem::message).toList());
    }

    /** The case as last read or written, for tests. */
    public SupportCase supportCase() {
        return supportCase.copy();
    }

    /** Whether a write is running, for tests. */
    public boolean isBusy() {
        return busy;
    }

    /** The resolution notes box, for tests. */
    public Text resolutionText() {
        return resolution;
    }

    /** The satisfaction choice, for tests. */
    public Combo satisfactionCombo() {
        return satisfaction;
    }

    /** The button that moves the case to a status (hidden when the flow does not allow it), for tests. */
    public Button flowButton(CaseStatus status) {
        return flowButtons.get(status.ordinal());
    }
}
