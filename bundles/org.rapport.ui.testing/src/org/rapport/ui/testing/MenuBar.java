package org.rapport.ui.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Reads a shell's menu bar as the user sees it. The e4 renderer fills a menu when it is about to show, so a menu is
 * sent {@code SWT.Show} (and {@code SWT.Hide}) before its items are read. An item can be chosen the way a click
 * does.
 */
public final class MenuBar {

    private final Menu bar;

    /** The menu bar of a shell; fails when it has none. */
    public MenuBar(Shell shell) {
        this.bar = shell.getMenuBar();
        assertNotNull(bar, "the window has a menu bar");
    }

    /** The menu titles, as shown. */
    public List<String> titles() {
        return labels(bar);
    }

    /** The item labels of a top-level menu, separators left out, as shown. */
    public List<String> items(String title) {
        return labels(open(title));
    }

    /** An item of a top-level menu. */
    public MenuItem item(String title, String label) {
        Menu menu = open(title);
        for (MenuItem item : menu.getItems()) {
            if (label.equals(UiTestSupport.userText(item.getText()))) {
                return item;
            }
        }
        return fail("No item '" + label + "' in menu " + title + ": " + labels(menu));
    }

    /** Chooses an enabled menu item, as a click does; fails when it is disabled. */
    public void choose(String title, String label) {
        MenuItem item = item(title, label);
        if (!item.isEnabled()) {
            fail(title + " > " + label + " is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
    }

    private Menu open(String title) {
        for (MenuItem item : bar.getItems()) {
            if (title.equals(UiTestSupport.userText(item.getText()))) {
                Menu menu = item.getMenu();
                assertNotNull(menu, title + " has a drop-down menu");
                menu.notifyListeners(SWT.Show, new Event());
                menu.notifyListeners(SWT.Hide, new Event());
                UiTestSupport.flushEvents();
                return menu;
            }
        }
        return fail("No menu '" + title + "' in the menu bar: " + titles());
    }

    private static List<String> labels(Menu menu) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                labels.add(UiTestSupport.userText(item.getText()));
            }
        }
        return labels;
    }
}
