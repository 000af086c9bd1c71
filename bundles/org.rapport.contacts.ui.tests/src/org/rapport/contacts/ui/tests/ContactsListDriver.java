package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.WorkbenchException;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.list.ContactsView;
import org.rapport.ui.testing.UiTestSupport;

/** The contacts list as a user drives it: the filter box, the table's rows and headers, the status line. */
final class ContactsListDriver {

    static final int NAME = 0;
    static final int EMAIL = 1;
    private static final String NOT_LOADED = "\u2026";

    final ContactsView view;

    private ContactsListDriver(ContactsView view) {
        this.view = view;
    }

    /** Opens the Contacts perspective and finds its list (an e4view: a POJO in an MPart). */
    static ContactsListDriver open() throws WorkbenchException {
        IWorkbenchPage page = UiTestSupport.page();
        UiTestSupport.window().getWorkbench().showPerspective(ContactsUi.PERSPECTIVE_ID, UiTestSupport.window());
        page.showView(ContactsUi.LIST_VIEW_ID);
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        MPart part = parts.findPart(ContactsUi.LIST_VIEW_ID);
        assertNotNull(part, "the Contacts view is in the window");
        UiTestSupport.spinUntil(() -> part.getObject() instanceof ContactsView, () -> "the Contacts view is made");
        parts.activate(part);
        UiTestSupport.flushEvents();
        return new ContactsListDriver((ContactsView) part.getObject());
    }

    /** The list view if it has been made, else {@code null}. */
    static ContactsView created() {
        MPart part = UiTestSupport.window().getService(EPartService.class).findPart(ContactsUi.LIST_VIEW_ID);
        return part != null && part.getObject() instanceof ContactsView view ? view : null;
    }

    Table table() {
        return view.table().getTable();
    }

    String status() {
        return view.status().getText();
    }

    /** Types a filter (as a paste would: one change) and waits until the list shows its matches. */
    void filter(String text) {
        view.filter().setText(text);
        UiTestSupport.spinUntil(() -> view.query().prefix().equals(text.trim().toLowerCase()) && !view.isReading()
                && allRowsLoaded(), () -> "the list shows the matches of '" + text + "'; status: " + status());
    }

    /** Waits until the list shows exactly these names (column Name), top to bottom. */
    void waitForNames(List<String> names) {
        UiTestSupport.spinUntil(() -> !view.isReading() && allRowsLoaded() && column(NAME).equals(names),
                () -> "the list shows " + names + "; it shows " + column(NAME) + ", status: " + status());
    }

    /** Clicks a column header. */
    void clickHeader(int column) {
        TableColumn header = table().getColumn(column);
        header.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
    }

    /** Selects rows as a click (and shift/ctrl-clicks) would, making the list the active part first. */
    void select(int... rows) {
        table().setFocus();
        view.table().setSelection(rows);
        Event event = new Event();
        event.item = view.table().itemAt(rows[0]);
        table().notifyListeners(SWT.Selection, event);
        UiTestSupport.flushEvents();
    }

    /** Presses Enter on the selection (what a double-click does too). */
    void openSelection() {
        table().notifyListeners(SWT.DefaultSelection, new Event());
        UiTestSupport.flushEvents();
    }

    boolean allRowsLoaded() {
        Table t = table();
        for (int i = 0; i < t.getItemCount(); i++) {
            if (NOT_LOADED.equals(t.getItem(i).getText(0))) {
                return false;
            }
        }
        return true;
    }

    List<String> column(int column) {
        List<String> texts = new ArrayList<>();
        Table t = table();
        for (int i = 0; i < t.getItemCount(); i++) {
            texts.add(t.getItem(i).getText(column));
        }
        return texts;
    }

    void assertSortedBy(int column, boolean ascending) {
        Table t = table();
        assertTrue(t.getSortColumn() == t.getColumn(column), "the sort arrow is on " + t.getColumn(column).getText());
        assertTrue(t.getSortDirection() == (ascending ? SWT.UP : SWT.DOWN), "the arrow points "
                + (ascending ? "up" : "down"));
    }
}
