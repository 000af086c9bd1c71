package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.testing.MenuBar;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Help > About Rapport: a dialog that tells the user which product this is. */
@ExtendWith(ScreenshotOnFailure.class)
class AboutDialogTest {

    /** How long the About dialog may take to show before the watcher gives up (and closes whatever opened). */
    private static final long GIVE_UP_MILLIS = UiTestSupport.TIMEOUT.toMillis();

    @Test
    void helpAboutOpensADialogAboutRapport() {
        Display display = UiTestSupport.display();
        Shell window = UiTestSupport.window().getShell();
        MenuItem about = new MenuBar(window).item("Help", "About Rapport");

        // The About dialog is modal: selecting the item returns only after it closes. So a watcher on the event loop
        // reads the dialog and closes it, like a user who reads it and clicks Close.
        DialogWatcher watcher = new DialogWatcher(display, Set.of(display.getShells()));
        display.timerExec(100, watcher);
        about.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        watcher.stop();
        UiTestSupport.flushEvents();

        assertNotNull(watcher.title, "Help > About Rapport opened a dialog");
        assertEquals("About Rapport", watcher.title, "dialog title");
        assertTrue(watcher.text.contains("Rapport \u2014 the social CRM workbench"),
                "the dialog shows the product's about text: " + watcher.text);
    }

    /** Polls for a new shell, records its title and texts, and closes it. */
    private static final class DialogWatcher implements Runnable {

        private final Display display;
        private final Set<Shell> before;
        private final long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
        String title;
        String text = "";
        private boolean stopped;

        DialogWatcher(Display display, Set<Shell> before) {
            this.display = display;
            this.before = new HashSet<>(before);
        }

        /** No dialog is expected any more: never close a shell some later test opens. */
        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            if (stopped) {
                return;
            }
            Shell dialog = Arrays.stream(display.getShells()).filter(s -> !before.contains(s) && s.isVisible())
                    .findFirst().orElse(null);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, this);
                }
                return;
            }
            title = dialog.getText();
            StringBuilder all = new StringBuilder();
            for (Control control : UiTestSupport.descendants(dialog, Control.class)) {
                if (control instanceof StyledText styled) {
                    all.append(styled.getText()).append('\n');
                } else if (control instanceof Text field) {
                    all.append(field.getText()).append('\n');
                } else if (control instanceof Label label) {
                    all.append(label.getText()).append('\n');
                }
            }
            text = all.toString();
            stopped = true;
            dialog.close();
        }
    }
}
