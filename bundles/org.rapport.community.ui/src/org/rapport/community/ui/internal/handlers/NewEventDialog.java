package org.rapport.community.ui.internal.handlers;

import java.time.LocalDateTime;
import java.time.ZoneId;

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
import org.eclipse.swt.widgets.Text;
import org.rapport.community.CommunityEvent;

/** Asks for a new event's name, kind, date and time, and place; {@link #event()} is the event to save. */
public final class NewEventDialog extends TitleAreaDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "New Community Event";

    private Text name;
    private Combo kind;
    private DateTime date;
    private DateTime time;
    private Text location;
    private CommunityEvent event;

    /** Creates the dialog. */
    public NewEventDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("New event");
        setMessage("A meetup, webinar or conference; import its attendee list in the Events view afterwards.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText("&Name:");
        name = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(320, SWT.DEFAULT).applyTo(name);
        name.addListener(SWT.Modify, e -> validate());
        new Label(form, SWT.NONE).setText("&Kind:");
        kind = new Combo(form, SWT.READ_ONLY);
        for (CommunityEvent.Kind k : CommunityEvent.Kind.values()) {
            kind.add(k.name().charAt(0) + k.name().substring(1).toLowerCase());
        }
        kind.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
        new Label(form, SWT.NONE).setText("&When:");
        date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        time = new DateTime(form, SWT.TIME | SWT.SHORT | SWT.BORDER);
        time.setTime(18, 30, 0);
        new Label(form, SWT.NONE).setText("&Where:");
        location = new Text(form, SWT.BORDER);
        location.setMessage("An address or a link");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(location);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Create");
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!name.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        LocalDateTime when = LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(),
                time.getMinutes());
        event = CommunityEvent.of(name.getText().strip(), CommunityEvent.Kind.values()[kind.getSelectionIndex()],
                when.atZone(ZoneId.systemDefault()).toInstant(), location.getText().strip());
        super.okPressed();
    }

    /** The event to create, or {@code null} when cancelled. */
    public CommunityEvent event() {
        return event;
    }

    /** Fills the form as a user would, for tests. */
    public void fill(String eventName, CommunityEvent.Kind eventKind, String where) {
        name.setText(eventName);
        kind.select(eventKind.ordinal());
        location.setText(where);
    }
}
