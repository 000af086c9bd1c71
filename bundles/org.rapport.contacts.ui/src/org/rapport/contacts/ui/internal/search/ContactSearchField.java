package org.rapport.contacts.ui.internal.search;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.search.SearchResult;
import org.rapport.ui.jobs.LatestRequest;

/**
 * The contact search box in the main toolbar: finds people by the beginnings of their names, emails, social handles,
 * organizations and tags while the user types (the {@link ContactSearch} index, searched in a job a moment after the
 * last keystroke) and lists the best matches below the box. Enter or a click opens the chosen person's editor.
 */
public class ContactSearchField extends WorkbenchWindowControlContribution {

    /** The key of the data naming the box, for tests: {@value #FIELD_NAME}. */
    public static final String FIELD_KEY = "org.rapport.contacts.ui.field";
    public static final String FIELD_NAME = "contactSearch";
    static final int WIDTH = 300;
    /** Searching waits this long after a keystroke, so a quick typist's word is searched once. */
    static final int DELAY_MS = 120;
    /** Rows the popup shows. */
    static final int ROWS = 12;

    private Text text;
    private SearchPopup popup;
    private LatestRequest<String> runner;

    @Override
    protected Control createControl(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 1).applyTo(box);
        text = new Text(box, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage("Find people: name, email, @handle, org, tag");
        text.setToolTipText("Finds people while you type; Enter opens the first (or chosen) one, \u2193\u2191 choose,"
                + " Esc closes. Ctrl+3 finds people too.");
        text.setData(FIELD_KEY, FIELD_NAME);
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER).hint(WIDTH - 8, SWT.DEFAULT)
                .applyTo(text);
        popup = new SearchPopup(text, this::open);
        text.addListener(SWT.Modify, e -> search());
        text.addListener(SWT.KeyDown, this::keyDown);
        text.addListener(SWT.DefaultSelection, e -> {
            if (e.detail == SWT.ICON_CANCEL) {
                text.setText("");
            } else {
                openChosen();
            }
        });
        text.addListener(SWT.FocusOut, e -> text.getDisplay().timerExec(200, () -> {
            if (!text.isDisposed() && !text.isFocusControl()) {
                popup.hide();
            }
        }));
        return box;
    }

    @Override
    protected int computeWidth(Control control) {
        return WIDTH;
    }

    private void keyDown(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_DOWN -> {
                popup.move(1);
                e.doit = false;
            }
            case SWT.ARROW_UP -> {
                popup.move(-1);
                e.doit = false;
            }
            case SWT.ESC -> popup.hide();
            default -> {
                // typing goes to the box
            }
        }
    }

    private void search() {
        String typed = text.getText();
        if (typed.isBlank()) {
            if (runner != null) {
                runner.forget();
            }
            popup.hide();
            return;
        }
        if (runner == null) {
            ContactSearch search = getWorkbenchWindow().getService(ContactSearch.class);
            if (search == null) {
                popup.message("The contact search is not available; see the log.");
                return;
            }
            runner = LatestRequest.<String> named("Searching contacts").on(text).delay(DELAY_MS)
                    .onError(e -> found(null))
                    .reads((typedText, reply, monitor) -> {
                        SearchResult result = search.search(typedText, ROWS);
                        reply.show(() -> found(result));
                    });
        }
        runner.request(typed);
    }

    private void found(SearchResult result) {
        if (text.getText().isBlank()) {
            popup.hide();
        } else if (result == null) {
            popup.message("The search failed; the log in the workspace says why.");
        } else {
            popup.show(result);
        }
    }

    /** Enter: opens the chosen match, or waits for the search of what was just typed and opens its best match. */
    private void openChosen() {
        if (runner != null && runner.isBusy()) {
            text.getDisplay().timerExec(50, this::openChosen);
            return;
        }
        PersonRow chosen = popup.chosen();
        if (chosen != null) {
            open(chosen);
        }
    }

    private void open(PersonRow row) {
        popup.hide();
        IWorkbenchWindow window = getWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page != null) {
            ContactOpener.open(page, row.toRef());
        }
    }
}
