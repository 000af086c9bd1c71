package org.rapport.pipeline.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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
import org.rapport.ui.jobs.UiJobs;

/**
 * Picks a person or an organization: by search (type the start of a name; the matches are read in a job) when the
 * contacts domain is installed, else by typing the contacts id.
 *
 * @param <T> a person reference or an organization
 */
final class ContactPickerDialog<T> extends TitleAreaDialog {

    static final int LIMIT = 50;

    private final String what;
    private final boolean canSearch;
    private final Function<String, List<T>> search;
    private final Function<T, String> label;
    private final Function<Long, T> byId;
    private Text text;
    private Table matches;
    private List<T> found = new ArrayList<>();
    private T chosen;
    private final Runnable searchSoon = this::search;

    ContactPickerDialog(Shell parent, String what, boolean canSearch, Function<String, List<T>> search,
            Function<T, String> label, Function<Long, T> byId) {
        super(parent);
        this.what = what;
        this.canSearch = canSearch;
        this.search = search;
        this.label = label;
        this.byId = byId;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Choose " + what);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Choose " + what);
        setMessage(canSearch ? "Type the start of the name (or email); pick one of the matches."
                : "Contacts are not installed here: type the " + what + "'s contacts id.");
        text = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).indent(10, 6).applyTo(text);
        if (canSearch) {
            matches = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, true).hint(380, 240).indent(10, 4).applyTo(matches);
            text.addListener(SWT.Modify, e -> {
                text.getDisplay().timerExec(-1, searchSoon);
                text.getDisplay().timerExec(200, searchSoon);
            });
            matches.addListener(SWT.DefaultSelection, e -> okPressed());
            search();
        }
        return area;
    }

    private void search() {
        if (text.isDisposed()) {
            return;
        }
        String prefix = text.getText().trim();
        UiJobs.once("Searching contacts", matches, () -> search.apply(prefix), result -> {
            found = result;
            matches.removeAll();
            for (T match : result) {
                new TableItem(matches, SWT.NONE).setText(label.apply(match));
            }
            if (!result.isEmpty()) {
                matches.select(0);
            }
        }, e -> setErrorMessage("Could not search: " + UiJobs.message(e)));
    }

    @Override
    protected void okPressed() {
        if (canSearch) {
            int index = matches.getSelectionIndex();
            if (index < 0 || index >= found.size()) {
                setErrorMessage("Pick one of the matches, or Cancel.");
                return;
            }
            chosen = found.get(index);
        } else {
            try {
                long id = Long.parseLong(text.getText().trim());
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                chosen = byId.apply(id);
            } catch (NumberFormatException e) {
                setErrorMessage("'" + text.getText().trim() + "' is not a contacts id (a whole number above 0).");
                return;
            }
        }
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Choose", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** What was chosen, or {@code null}. */
    T chosen() {
        return chosen;
    }
}
