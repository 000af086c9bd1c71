package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.descendants;
import static org.rapport.ui.testing.UiTestSupport.flushEvents;
import static org.rapport.ui.testing.UiTestSupport.userText;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.user.RapportUser;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * Window > Preferences > Rapport: "Your name on records". On a laptop the name typed there is who records show as
 * creator, editor and owner; on a team server the field is disabled, because the database login is the name.
 */
@ExtendWith(ScreenshotOnFailure.class)
class YourNamePreferenceTest {

    private PreferenceDialog dialog;

    @AfterEach
    void cleanUp() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        InstanceScope.INSTANCE.getNode(RapportUser.PREFERENCE_NODE).remove(RapportUser.PREFERENCE_KEY);
    }

    @Test
    void theNameTypedOnALaptopIsWhoIsWorkingAndATeamServerUsesTheLogin() {
        RapportUser user = PlatformUI.getWorkbench().getService(RapportUser.class);
        assertNotNull(user, "the RapportUser service is there for the UI");
        String before = user.name();
        open();
        Text name = nameField();

        if (user.isDatabaseLogin()) {
            assertFalse(name.isEnabled(), "on a team server the login is the name: the field cannot be edited");
            assertTrue(name.getToolTipText().contains(user.name()), name.getToolTipText());
            return;
        }
        assertTrue(name.isEnabled());
        assertEquals(System.getProperty("user.name"), name.getText(), "by default the operating system's user name");
        assertEquals(before, name.getText(), "the field shows who is working");

        name.setText("anna.keller");
        button("Apply and Close").notifyListeners(SWT.Selection, new Event());
        flushEvents();

        assertEquals("anna.keller", user.name(), "the next save records the name typed");
    }

    private void open() {
        dialog = PreferencesUtil.createPreferenceDialogOn(UiTestSupport.window().getShell(), RapportUi.PREFERENCE_PAGE_ID,
                null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        flushEvents();
    }

    /** The text field right after the label "Your name on records:". */
    private Text nameField() {
        List<Control> controls = descendants(dialog.getShell(), Control.class);
        for (int i = 0; i < controls.size() - 1; i++) {
            if (controls.get(i) instanceof Label label && "Your name on records:".equals(userText(label.getText()))
                    && controls.get(i + 1) instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text field labelled 'Your name on records:' on the Rapport page");
    }

    private Button button(String label) {
        return descendants(dialog.getShell(), Button.class).stream().filter(b -> label.equals(userText(b.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "'"));
    }
}
