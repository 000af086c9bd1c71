package org.rapport.feed.ui.internal.sources;

import java.time.Duration;

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
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.feed.FeedSource;

/** Changes a source's name, polling interval and whether it is paused; the caller saves what was chosen. */
final class EditSourceDialog extends TitleAreaDialog {

    static final String TITLE = "Edit Source";
    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 24 * 60;

    private final FeedSource source;
    private Text name;
    private Spinner minutes;
    private Button paused;
    private String chosenName;
    private Duration chosenInterval;
    private boolean chosenPaused;

    EditSourceDialog(Shell parent, FeedSource source) {
        super(parent);
        this.source = source;
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
        setMessage(source.location());
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        new Label(body, SWT.NONE).setText("&Name:");
        name = new Text(body, SWT.BORDER);
        name.setText(source.name());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
        new Label(body, SWT.NONE).setText("&Poll every (minutes):");
        minutes = new Spinner(body, SWT.BORDER);
        minutes.setValues((int) Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, source.interval().toMinutes())),
                MIN_MINUTES, MAX_MINUTES, 0, 1, 15);
        paused = new Button(body, SWT.CHECK);
        paused.setText("P&aused (not polled until resumed)");
        paused.setSelection(source.paused());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(paused);
        return area;
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank()) {
            setErrorMessage("Give the source a name.");
            return;
        }
        chosenName = name.getText().strip();
        chosenInterval = Duration.ofMinutes(minutes.getSelection());
        chosenPaused = paused.getSelection();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    String chosenName() {
        return chosenName;
    }

    Duration chosenInterval() {
        return chosenInterval;
    }

    boolean chosenPaused() {
        return chosenPaused;
    }
}
