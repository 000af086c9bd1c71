package org.rapport.loyalty.ui.internal.programs;

import java.util.LinkedHashMap;
import java.util.Map;

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
 * A small form of labelled text fields whose OK button is enabled only while {@link #problem()} finds nothing wrong,
 * the message saying what is: the base of the new program and new reward dialogs.
 */
abstract class FormDialog extends TitleAreaDialog {

    private final String title;
    private final String okLabel;
    private final Map<String, Text> fields = new LinkedHashMap<>();

    FormDialog(Shell parent, String title, String okLabel) {
        super(parent);
        this.title = title;
        this.okLabel = okLabel;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(8, 6).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        createFields(form);
        return area;
    }

    /** Adds the fields with {@link #field}. */
    abstract void createFields(Composite form);

    /** What is wrong with the fields as typed, or {@code null} when OK may be pressed. */
    abstract String problem();

    /** Keeps what the fields say, when OK is pressed and {@link #problem()} found nothing. */
    abstract void accept();

    /** Adds a labelled field with an initial text and a hint shown while it is empty. */
    Text field(Composite form, String label, String initial, String hint, int style) {
        Label l = new Label(form, SWT.NONE);
        l.setText(label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER)
                .applyTo(l);
        Text text = new Text(form, SWT.BORDER | style);
        text.setText(initial);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, (style & SWT.MULTI) != 0)
                .hint(300, (style & SWT.MULTI) != 0 ? 70 : SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> validate());
        fields.put(label.replace("&", "").replace(":", ""), text);
        return text;
    }

    /** A field by its label (without "&" and ":"); for tests. */
    public Text field(String label) {
        return fields.get(label);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        ok.setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        String problem = problem();
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        accept();
        super.okPressed();
    }
}
