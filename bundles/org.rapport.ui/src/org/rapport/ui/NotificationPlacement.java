package org.rapport.ui;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Where Rapport's notification popups (a reminder, a negative-buzz alert, a plugin's own) appear: at the bottom right
 * of the workbench window, in the lowest place no other showing notification takes, so two notifications never cover
 * each other.
 * Call {@link #place} on the UI thread after packing the popup and before making it visible.
 */
public final class NotificationPlacement {

    /** The key under which a popup is marked as a notification ({@link Shell#getData(String)}). */
    public static final String NOTIFICATION_KEY = "org.rapport.ui.notification";

    private static final int MARGIN_RIGHT = 24;
    private static final int MARGIN_BOTTOM = 48;
    private static final int GAP = 8;

    private NotificationPlacement() {
    }

    /**
     * Marks the packed popup as a notification and moves it to the bottom right of {@code parent} (the primary
     * monitor when there is no window), in the lowest place that no other visible
     * notification of the same display takes.
     *
     * @param popup  the packed, not yet visible popup
     * @param parent the workbench window's shell, or {@code null}
     */
    public static void place(Shell popup, Shell parent) {
        Display display = popup.getDisplay();
        popup.setData(NOTIFICATION_KEY, Boolean.TRUE);
        Rectangle area = parent == null || parent.isDisposed() ? display.getPrimaryMonitor().getClientArea()
                : parent.getBounds();
        int height = popup.getSize().y;
        int bottom = area.y + area.height - MARGIN_BOTTOM;
        // the lowest free slot: move up past every showing notification that overlaps it, until none does
        for (boolean moved = true; moved;) {
            moved = false;
            for (Shell other : display.getShells()) {
                if (other == popup || other.isDisposed() || !other.isVisible()
                        || !Boolean.TRUE.equals(other.getData(NOTIFICATION_KEY))) {
                    continue;
                }
                Rectangle taken = other.getBounds();
                if (taken.y < bottom && taken.y + taken.height > bottom - height) {
                    bottom = taken.y - GAP;
                    moved = true;
                }
            }
        }
        popup.setLocation(area.x + area.width - popup.getSize().x - MARGIN_RIGHT, bottom - height);
    }
}
