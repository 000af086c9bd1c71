package org.rapport.loyalty.ui.internal.card;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A manual adjustment of a member's points: how many (a plus to give, a minus to take) and the reason, which the
 * ledger keeps with the user's name. Adjust stays disabled until both are given: the ledger refuses an adjustment
 * without a reason, and the dialog says so before the user presses anything.
 */
public final class AdjustDialog extends TitleAreaDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "Adjust Points";

    private final String memberName;
    private final long available;
    private Text pointsText;
    private Text reasonText;
    private long points;
    private String reason;

    /**
     * @param memberName whose points, for the message
     * @param available  the member's available points: a minus below it is refused before the ledger is asked
     */
    public AdjustDialog(Shell parent, String memberName, long available) {
        super(parent);
        this.memberName = memberName;
        this.available = available;
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
        setTitle("Adjust the points of " + memberName);
        setMessage("A plus gives points, a minus takes them. The reason is kept in the ledger with your name.");
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText("&Points:");
        pointsText = new Text(form, SWT.BORDER);
        pointsText.setMessage("e.g. 250 or -100");
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(pointsText);
        Label reasonLabel = new Label(form, SWT.NONE);
        reasonLabel.setText("&Reason:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(reasonLabel);
        reasonText = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        reasonText.setMessage("Why: a goodwill gesture, a correction of a till error\u2026");
        GridDataFactory.fillDefaults().grab(true, true).hint(360, 70).applyTo(reasonText);
        pointsText.addListener(SWT.Modify, e -> validate());
        reasonText.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Adjust", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Checks the fields as they are typed; says what is missing and enables Adjust only when nothing is. */
    private void validate() {
        String problem = problem(pointsText.getText(), reasonText.getText(), available);
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** What is wrong with an adjustment as typed, or {@code null} when it can be written. */
    static String problem(String pointsTyped, String reasonTyped, long available) {
        long value;
        try {
            value = Long.parseLong(pointsTyped.strip().replace("+", "").replace("\u2212", "-"));
        } catch (NumberFormatException e) {
            return pointsTyped.isBlank() ? "Type the points: a plus to give, a minus to take."
                    : "The points are a whole number, like 250 or -100.";
        }
        if (value == 0) {
            return "An adjustment of 0 points changes nothing.";
        }
        if (value < 0 && -value > available) {
            return "The member has only " + available + " points available to take.";
        }
        if (reasonTyped.isBlank()) {
            return "Give the reason: the ledger keeps it with every change.";
        }
        return null;
    }

    @Override
    protected void okPressed() {
        String problem = problem(pointsText.getText(), reasonText.getText(), available);
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        points = Long.parseLong(pointsText.getText().strip().replace("+", "").replace("\u2212", "-"));
        reason = reasonText.getText().strip();
        super.okPressed();
    }

    /** The points given (positive) or taken (negative), after OK. */
    public long points() {
        return points;
    }

    /** The reason given, after OK. */
    public String reason() {
        return reason;
    }

    /** The points field, for tests. */
    public Text pointsField() {
        return pointsText;
    }

    /** The reason field, for tests. */
    public Text reasonField() {
        return reasonText;
    }
}
