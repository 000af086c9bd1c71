package org.rapport.customproduct.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Reads the started workbench of a custom product as its user sees it and writes it, one {@code key=value} a line,
 * to the file named by the system property {@code rapport.probe.out}; then closes the workbench. Keys: title (the
 * window's), perspective (each one the user can open), active (the perspective shown), help (each Help menu item),
 * about.title and about.text (the dialog Help > About opens), error. Test only: releng/custom-product/test.sh puts
 * this bundle into a copy of the built product, so the product itself stays as IT ships it.
 */
public class ProductProbe implements IStartup {

    /** How long the About dialog may take to show. */
    private static final long DIALOG_WAIT_MILLIS = 30_000;

    private final List<String> lines = new ArrayList<>();

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        // a few seconds for the first window to settle (perspective, views, demo data job)
        display.asyncExec(() -> display.timerExec(3000, () -> probe(workbench)));
    }

    private void probe(IWorkbench workbench) {
        try {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null) {
                window = workbench.getWorkbenchWindows()[0];
            }
            Shell shell = window.getShell();
            add("title", shell.getText());
            for (IPerspectiveDescriptor p : workbench.getPerspectiveRegistry().getPerspectives()) {
                add("perspective", p.getId());
            }
            add("active", window.getActivePage() == null ? "" : window.getActivePage().getPerspective().getId());
            Menu help = menu(shell, "Help");
            MenuItem about = null;
            for (MenuItem item : help == null ? new MenuItem[0] : help.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                    add("help", userText(item.getText()));
                    if (userText(item.getText()).startsWith("About")) {
                        about = item;
                    }
                }
            }
            if (about != null) {
                readAbout(shell.getDisplay(), about);
            }
        } catch (RuntimeException e) {
            add("error", e.toString());
        }
        write();
        workbench.close();
    }

    /** Opens Help > About like a click, reads the dialog and closes it (it is modal: a timer reads it). */
    private void readAbout(Display display, MenuItem about) {
        Set<Shell> before = new HashSet<>(Arrays.asList(display.getShells()));
        long deadline = System.currentTimeMillis() + DIALOG_WAIT_MILLIS;
        Runnable[] watcher = new Runnable[1];
        watcher[0] = () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(s -> !before.contains(s) && s.isVisible())
                    .findFirst().orElse(null);
            if (dialog == null) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, watcher[0]);
                }
                return;
            }
            add("about.title", dialog.getText());
            List<String> texts = new ArrayList<>();
            texts(dialog, texts);
            add("about.text", String.join(" | ", texts));
            dialog.close();
        };
        display.timerExec(100, watcher[0]);
        about.notifyListeners(SWT.Selection, new Event());
    }

    private static void texts(Control control, List<String> into) {
        String text = control instanceof StyledText s ? s.getText()
                : control instanceof Text t ? t.getText() : control instanceof Label l ? l.getText() : null;
        if (text != null && !text.isBlank()) {
            into.add(text);
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                texts(child, into);
            }
        }
    }

    /** A top-level menu, filled: the e4 renderer fills a menu when it is about to show. */
    private static Menu menu(Shell shell, String title) {
        for (MenuItem item : shell.getMenuBar().getItems()) {
            if (title.equals(userText(item.getText())) && item.getMenu() != null) {
                item.getMenu().notifyListeners(SWT.Show, new Event());
                item.getMenu().notifyListeners(SWT.Hide, new Event());
                while (shell.getDisplay().readAndDispatch()) {
                    // let the renderer finish
                }
                return item.getMenu();
            }
        }
        return null;
    }

    /** A label without its mnemonic marker and key binding. */
    private static String userText(String label) {
        int tab = label.indexOf('\t');
        return (tab < 0 ? label : label.substring(0, tab)).replace("&", "");
    }

    private void add(String key, String value) {
        lines.add(key + "=" + value.replace("\r", "").replace("\n", "\\n"));
    }

    private void write() {
        String out = System.getProperty("rapport.probe.out");
        try {
            Files.write(Path.of(out), lines, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Platform.getLog(getClass()).error("Could not write the probe's findings to " + out, e);
        }
    }
}
