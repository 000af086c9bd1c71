package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.layout.FillLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.NotificationPlacement;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Two notifications at once (a reminder and a buzz alert) are both readable: the second stacks above the first. */
@ExtendWith(ScreenshotOnFailure.class)
class NotificationPlacementTest {

    @Test
    void aSecondNotificationAppearsAboveTheFirstNotOnTopOfIt() {
        Shell window = UiTestSupport.window().getShell();
        Shell first = popup(window, "Reminder - 7:00 PM");
        Shell second = popup(window, "Negative buzz about Blue Fjord");
        try {
            Rectangle a = first.getBounds();
            Rectangle b = second.getBounds();
            Rectangle w = window.getBounds();
            assertTrue(a.y + a.height <= w.y + w.height && a.x + a.width <= w.x + w.width, "inside the window: " + a);
            assertEquals(a.x + a.width, b.x + b.width, "both at the window's right edge");
            assertTrue(b.y + b.height <= a.y, "the second above the first: " + a + " / " + b);
            first.close();
            UiTestSupport.flushEvents();
            Shell third = popup(window, "Another");
            try {
                assertEquals(a.y + a.height, third.getBounds().y + third.getBounds().height,
                        "a closed notification's place is taken again");
            } finally {
                third.close();
            }
        } finally {
            if (!first.isDisposed()) {
                first.close();
            }
            second.close();
        }
    }

    private static Shell popup(Shell window, String text) {
        Shell shell = new Shell(window, SWT.ON_TOP | SWT.TOOL | SWT.NO_FOCUS);
        shell.setLayout(new FillLayout());
        new Label(shell, SWT.NONE).setText(text);
        shell.pack();
        NotificationPlacement.place(shell, window);
        shell.setVisible(true);
        UiTestSupport.flushEvents();
        return shell;
    }
}
