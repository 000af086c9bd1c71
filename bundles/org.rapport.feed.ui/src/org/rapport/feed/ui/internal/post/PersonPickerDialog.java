package org.rapport.feed.ui.internal.post;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.feed.ui.internal.Views;

/**
 * Picks a contact through the person lookup: the author's name is searched at once, so linking an author to the
 * contact they are is two clicks (Link..., then a double-click on the match); typing searches again.
 */
public final class PersonPickerDialog extends TitleAreaDialog {

    /** The dialog's title, for tests. */
    public static final String TITLE = "Choose a Contact";
    static final int LIMIT = 50;

    private final PersonLookup lookup;
    private final String purpose;
    private final String initialText;
    private Text text;
    private Table matches;
    private List<PersonRef> found = new ArrayList<>();
    private PersonRef chosen;
    private final Runnable searchSoon = this::search;

    /**
     * @param purpose     what the contact is chosen for, shown as the message
     * @param initialText what is searched first (the author's name), may be empty
     */
    public PersonPickerDialog(Shell parent, PersonLookup lookup, String purpose, String initialText) {
        super(parent);
        this.lookup = lookup;
        this.purpose = purpose;
        this.initialText = initialText == null ? "" : initialText;
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
        setMessage(purpose + " Type a name, an email or a handle; pick one of the matches.");
        text = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        text.setText(initialText);
        GridDataFactory.fillDefaults().grab(true, false).indent(10, 6).applyTo(text);
        matches = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 220).indent(10, 4).applyTo(matches);
        text.addListener(SWT.Modify, e -> Views.soon(text, 200, searchSoon));
        matches.addListener(SWT.DefaultSelection, e -> okPressed());
        search();
        return area;
    }

    private void search() {
        if (text.isDisposed()) {
            return;
        }
        String typed = text.getText().strip();
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
        setErrorMessage(found.isEmpty() && !text.getText().isBlank() ? "Nobody matches; type less of the name." : null);
    }

    @Override
    protected void okPressed() {
        int index = matches.getSelectionIndex();
        if (index < 0 || index >= found.size()) {
            setErrorMessage("Pick one of the matches, or Cancel.");
            return;
        }
        chosen = found.get(index);
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Choose", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The contact chosen, or {@code null}. */
    public PersonRef chosen() {
        return chosen;
    }

    /** The matches shown, for tests. */
    public Table matches() {
        return matches;
    }

    /** The search field, for tests. */
    public Text text() {
        return text;
    }
}
