package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.contacts.duplicates.DuplicatePair;
import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.duplicates.DuplicatesView;
import org.rapport.ui.testing.UiTestSupport;

/** The Duplicates view and its merge dialog as a user drives them: buttons, rows, radio buttons, Finish. */
final class DuplicatesDriver {

    static final int SCORE = 0;
    static final int PERSON = 1;
    static final int DUPLICATE = 2;
    static final int WHY = 3;

    final DuplicatesView view;

    private DuplicatesDriver(DuplicatesView view) {
        this.view = view;
    }

    /** Shows the Duplicates view (Window > Show View) in the Contacts perspective. */
    static DuplicatesDriver open() throws Exception {
        UiTestSupport.page().showView(ContactsUi.DUPLICATES_VIEW_ID);
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        MPart part = parts.findPart(ContactsUi.DUPLICATES_VIEW_ID);
        assertNotNull(part, "the Duplicates view is in the window");
        UiTestSupport.spinUntil(() -> part.getObject() instanceof DuplicatesView, () -> "the Duplicates view is made");
        parts.activate(part);
        UiTestSupport.flushEvents();
        return new DuplicatesDriver((DuplicatesView) part.getObject());
    }

    /** Makes the view the active part again (as a click into it does), e.g. for Edit > Undo. */
    void activate() {
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        parts.activate(parts.findPart(ContactsUi.DUPLICATES_VIEW_ID));
        UiTestSupport.flushEvents();
    }

    Table table() {
        return view.table().getTable();
    }

    String status() {
        return view.status().getText();
    }

    /** Clicks Scan and waits until the scan is done and its pairs are listed. */
    void scan() {
        click(view.scanButton());
        UiTestSupport.spinUntil(() -> !view.isScanning() && table().getItemCount() == view.pairs().size()
                && !status().startsWith("Scanning"), () -> "the scan finishes; status: " + status());
    }

    /** The row of the pair of these two people, or -1. */
    int rowOf(long a, long b) {
        List<DuplicatePair> pairs = view.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            DuplicatePair pair = pairs.get(i);
            if (pair.first().id() == Math.min(a, b) && pair.second().id() == Math.max(a, b)) {
                return i;
            }
        }
        return -1;
    }

    /** The texts of a row as shown. */
    List<String> row(int index) {
        TableItem item = table().getItem(index);
        UiTestSupport.spinUntil(() -> !"\u2026".equals(item.getText(0)), () -> "row " + index + " is painted");
        return List.of(item.getText(SCORE), item.getText(PERSON), item.getText(DUPLICATE), item.getText(WHY));
    }

    void select(int index) {
        table().setFocus();
        table().setSelection(index);
        Event event = new Event();
        event.item = table().getItem(index);
        table().notifyListeners(SWT.Selection, event);
        UiTestSupport.flushEvents();
    }

    void clickHeader(int column) {
        table().getColumn(column).notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
    }

    /** Clicks Merge… and waits for the merge dialog. */
    Shell openMergeDialog() {
        click(view.mergeButton());
        UiTestSupport.spinUntil(() -> view.mergeDialog() != null, () -> "the merge dialog opens; status: " + status());
        WizardDialog dialog = view.mergeDialog();
        return dialog.getShell();
    }

    /** Chooses, in the merge dialog, the radio button showing this text. */
    static void choose(Shell dialog, String shownText) {
        for (Button button : UiTestSupport.descendants(dialog, Button.class)) {
            if ((button.getStyle() & SWT.RADIO) != 0 && shownText.equals(button.getText())) {
                if (!button.isEnabled()) {
                    fail("'" + shownText + "' cannot be chosen (disabled)");
                }
                button.setSelection(true);
                button.notifyListeners(SWT.Selection, new Event());
                UiTestSupport.flushEvents();
                return;
            }
        }
        fail("the merge dialog shows no choice '" + shownText + "'");
    }

    /** Whether the radio button showing this text is chosen. */
    static boolean chosen(Shell dialog, String shownText) {
        return UiTestSupport.descendants(dialog, Button.class).stream()
                .anyMatch(b -> (b.getStyle() & SWT.RADIO) != 0 && shownText.equals(b.getText()) && b.getSelection());
    }

    static void pressButton(Shell dialog, String label) {
        for (Button button : UiTestSupport.descendants(dialog, Button.class)) {
            if (label.equals(UiTestSupport.userText(button.getText()))) {
                click(button);
                return;
            }
        }
        fail("the dialog has no button " + label);
    }

    /** Waits until the merge history lists a merge of this person, and returns it. */
    MergeSummary waitForMergeOf(long mergedId, boolean undone) {
        UiTestSupport.spinUntil(() -> view.mergesShown().stream().anyMatch(m -> m.mergedId() == mergedId
                && m.undone() == undone), () -> "the merge history shows the merge of #" + mergedId
                        + (undone ? " undone" : "") + ": " + view.mergesShown());
        return view.mergesShown().stream().filter(m -> m.mergedId() == mergedId).findFirst().orElseThrow();
    }

    /** Selects a merge in the history (in the tab "Merges done"), as a click does. */
    void selectMerge(long mergeId) {
        Table table = view.mergesTable();
        Composite parent = table.getParent();
        while (!(parent instanceof CTabFolder)) {
            parent = parent.getParent();
        }
        CTabFolder tabs = (CTabFolder) parent;
        for (CTabItem tab : tabs.getItems()) {
            if (tab.getText().startsWith("Merges done")) {
                tabs.setSelection(tab);
            }
        }
        UiTestSupport.flushEvents();
        assertTrue(table.isVisible(), "the merge history shows");
        List<MergeSummary> merges = view.mergesShown();
        for (int i = 0; i < merges.size(); i++) {
            if (merges.get(i).id() == mergeId) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, new Event());
                UiTestSupport.flushEvents();
                return;
            }
        }
        fail("merge #" + mergeId + " is not listed");
    }

    static void click(Button button) {
        if (!button.isEnabled()) {
            fail("'" + UiTestSupport.userText(button.getText()) + "' is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
    }
}
