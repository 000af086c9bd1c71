package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.descendants;
import static org.rapport.ui.testing.UiTestSupport.flushEvents;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;
import static org.rapport.ui.testing.UiTestSupport.userText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.RapportUi;
import org.rapport.ui.internal.prefs.DatabasePreferencePage;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Window > Preferences > Rapport > Database: the pages exist, and a wrong database URL is refused before OK. */
@ExtendWith(ScreenshotOnFailure.class)
class DatabasePreferencePageTest {

    /** The whole message, as the user must be able to read it in the dialog's message line (not elided). */
    private static final String URL_ERROR = "The URL must start with jdbc:";

    private PreferenceDialog dialog;

    @AfterEach
    void closeDialog() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close(); // Cancel: nothing entered here is stored
        }
    }

    @Test
    void listsRapportWithItsDatabasePage() {
        open(RapportUi.PREFERENCE_PAGE_ID);
        Tree tree = single(descendants(dialog.getShell(), Tree.class), "page tree");
        TreeItem rapport = Arrays.stream(tree.getItems()).filter(i -> "Rapport".equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no page 'Rapport' in " + Arrays.toString(tree.getItems())));
        dialog.getTreeViewer().expandAll(); // what clicking the twisty does
        flushEvents();
        List<String> children = Arrays.stream(rapport.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Database"), children, "pages under Rapport");
    }

    @Test
    void refusesADatabaseUrlThatIsNotJdbc() {
        open(DatabasePreferencePage.ID);
        assertTrue(dialog.getSelectedPage() instanceof DatabasePreferencePage, "the Database page is shown");
        Button ok = button("Apply and Close");
        Button apply = button("Apply");
        assertTrue(ok.isEnabled() && apply.isEnabled(), "OK and Apply are enabled before any change");

        Text url = urlField();
        url.setFocus();
        url.setText("postgres://crm-server/rapport");
        url.notifyListeners(SWT.KeyUp, keyEvent('t')); // what typing the last character sends
        flushEvents();

        spinUntil(() -> shownText().contains(URL_ERROR), () -> "the URL error is shown; the dialog says: " + shownText());
        assertFalse(ok.isEnabled(), "Apply and Close is disabled");
        assertFalse(apply.isEnabled(), "Apply is disabled");

        url.setText("jdbc:derby://crm-server:1527/rapport");
        url.notifyListeners(SWT.KeyUp, keyEvent('t'));
        flushEvents();
        assertTrue(ok.isEnabled() && apply.isEnabled(), "a jdbc: URL enables OK and Apply again");
        assertFalse(shownText().contains(URL_ERROR), "the error is gone: " + shownText());
    }

    private void open(String pageId) {
        Shell shell = UiTestSupport.window().getShell();
        dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
        assertNotNull(dialog, "Window > Preferences could be created");
        dialog.setBlockOnOpen(false);
        dialog.open();
        flushEvents();
        assertTrue(dialog.getShell().isVisible(), "the Preferences dialog is shown");
    }

    /** The JDBC URL field: the text field right after the label "JDBC URL:". */
    private Text urlField() {
        Control page = dialog.getSelectedPage() instanceof DatabasePreferencePage p ? p.getControl() : null;
        assertNotNull(page, "the Database page has controls");
        List<Control> controls = descendants(page, Control.class);
        for (int i = 0; i < controls.size() - 1; i++) {
            if (controls.get(i) instanceof Label label && "JDBC URL:".equals(userText(label.getText()))
                    && controls.get(i + 1) instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text field labelled 'JDBC URL:' on the Database page");
    }

    private Button button(String label) {
        Optional<Button> button = descendants(dialog.getShell(), Button.class).stream()
                .filter(b -> label.equals(userText(b.getText()))).findFirst();
        return button.orElseThrow(() -> new AssertionError("no button '" + label + "' in the Preferences dialog"));
    }

    /** Every text the dialog shows in labels and read-only fields (its message line included). */
    private String shownText() {
        StringBuilder all = new StringBuilder();
        for (Control control : descendants(dialog.getShell(), Control.class)) {
            if (!control.isVisible()) {
                continue;
            }
            if (control instanceof Label label) {
                all.append(label.getText()).append('\n');
            } else if (control instanceof CLabel label && label.getText() != null) {
                all.append(label.getText()).append('\n');
            } else if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) != 0) {
                all.append(text.getText()).append('\n');
            }
        }
        return all.toString();
    }

    private static Event keyEvent(char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        return event;
    }

    private static <T> T single(List<T> found, String what) {
        assertEquals(1, found.size(), "one " + what);
        return found.get(0);
    }
}
