package org.rapport.ui.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * What every UI test needs: the running workbench, spinning the event loop, finding widgets and answering dialogs.
 * Every method must be called on the UI thread (tycho-surefire {@code useUIThread}).
 */
public final class UiTestSupport {

    /** Long enough for a background job on a busy 2-core build machine, short enough to fail a broken test fast. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private UiTestSupport() {
    }

    /** The display of the UI thread; fails when called from another thread. */
    public static Display display() {
        Display display = Display.getCurrent();
        assertNotNull(display, "the tests must run on the UI thread (tycho-surefire useUIThread)");
        return display;
    }

    /** The active workbench window, or the first one when none is active (e.g. a dialog has the focus). */
    public static IWorkbenchWindow window() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        assertNotNull(window, "the workbench has no window");
        return window;
    }

    /** The active page of {@link #window()}. */
    public static IWorkbenchPage page() {
        IWorkbenchPage page = window().getActivePage();
        assertNotNull(page, "the workbench window has no page");
        return page;
    }

    /** Runs the event loop until nothing is pending: lets asyncExecs and layouts happen. */
    public static void flushEvents() {
        Display display = display();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Runs the event loop until the condition holds; fails with a description of what did not happen in time. */
    public static void spinUntil(BooleanSupplier condition, Duration timeout, Supplier<String> whatDidNotHappen) {
        Display display = display();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + timeout.toSeconds() + " s: " + whatDidNotHappen.get());
            }
            if (!display.readAndDispatch()) {
                sleep(10);
            }
        }
    }

    /** {@link #spinUntil(BooleanSupplier, Duration, Supplier)} within the default {@link #TIMEOUT}. */
    public static void spinUntil(BooleanSupplier condition, Supplier<String> whatDidNotHappen) {
        spinUntil(condition, TIMEOUT, whatDidNotHappen);
    }

    /** Runs the event loop for a while, e.g. to see that nothing more happens. */
    public static void spinFor(Duration duration) {
        Display display = display();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                sleep(10);
            }
        }
    }

    /** Every control of a type inside a control (itself included), depth first in creation order. */
    public static <T extends Control> List<T> descendants(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** A label as the user reads it: without the mnemonic '&', the accelerator after a tab, or a typographic ellipsis. */
    public static String userText(String label) {
        String text = label;
        int tab = text.indexOf('\t');
        if (tab >= 0) {
            text = text.substring(0, tab);
        }
        return text.replace("&&", "\u0000").replace("&", "").replace('\u0000', '&').replace("\u2026", "...").strip();
    }

    /**
     * Answers the next dialog with this title by pressing a button, from inside its event loop; returns what the
     * dialog said (its labels' text), or an empty string while it has not shown up.
     */
    public static StringBuilder answerDialog(String title, String button) {
        Display display = display();
        StringBuilder said = new StringBuilder();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    for (Label label : descendants(shell, Label.class)) {
                        said.append(label.getText()).append('\n');
                    }
                    for (Button candidate : descendants(shell, Button.class)) {
                        if (button.equals(userText(candidate.getText()))) {
                            candidate.notifyListeners(SWT.Selection, new Event());
                            return;
                        }
                    }
                    said.append("[no button '").append(button).append("']");
                    shell.close();
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        return said;
    }

    /**
     * Acts on the next shell with this title from inside its modal event loop (a dialog's open() blocks the test's
     * code until it closes, so the test drives it from timers). A JFace dialog is the shell's data. A shell the action
     * leaves open is closed after {@link #TIMEOUT}, so a test never hangs under a modal loop.
     */
    public static void whenShown(String title, Consumer<Shell> action) {
        Display display = display();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    action.accept(shell);
                    display.timerExec((int) TIMEOUT.toMillis(), () -> {
                        if (!shell.isDisposed()) {
                            shell.close();
                        }
                    });
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
    }

    /** Presses the button with this label (as the user reads it, see {@link #userText}) in a shell. */
    public static void press(Shell shell, String label) {
        for (Button button : descendants(shell, Button.class)) {
            if (label.equals(userText(button.getText()))) {
                button.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no button '" + label + "' in " + shell.getText());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the UI", e);
        }
    }
}
