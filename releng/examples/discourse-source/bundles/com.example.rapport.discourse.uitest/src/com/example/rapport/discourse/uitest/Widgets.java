package com.example.rapport.discourse.uitest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;

/** SWT widgets as a user meets them, driven from a test thread: every access runs on the UI thread. */
final class Widgets {

    private final Display display;

    Widgets(Display display) {
        this.display = display;
    }

    <T> T ui(Callable<T> work) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                value.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return value.get();
    }

    interface Condition {
        boolean met() throws Exception;
    }

    void waitUntil(int seconds, String what, Condition condition) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.met()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("waited " + seconds + " s for " + what);
            }
            Thread.sleep(250);
        }
    }

    static String label(String text) {
        return text.replace("&", "").strip();
    }

    /** The Help menu's items, as shown (the e4 renderer fills a menu when it is about to show). */
    List<String> helpMenuItems() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        for (MenuItem item : shell.getMenuBar().getItems()) {
            if (label(item.getText()).equals("Help")) {
                Menu menu = item.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                menu.notifyListeners(SWT.Hide, new Event());
                List<String> labels = new ArrayList<>();
                for (MenuItem entry : menu.getItems()) {
                    labels.add(label(entry.getText()));
                }
                return labels;
            }
        }
        return List.of();
    }

    Shell waitForShell(String titleStart, int seconds) throws Exception {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil(seconds, "a window titled " + titleStart, () -> {
            found.set(ui(() -> {
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith(titleStart)) {
                        return shell;
                    }
                }
                return null;
            }));
            return found.get() != null;
        });
        return found.get();
    }

    <T extends Control> T first(Composite root, Class<T> type) {
        List<T> all = all(root, type);
        if (all.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " in " + root);
        }
        return all.get(0);
    }

    static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }

    TreeItem treeItem(Shell shell, String text) {
        return ui(() -> {
            for (Tree tree : all(shell, Tree.class)) {
                for (TreeItem item : tree.getItems()) {
                    if (item.getText().startsWith(text)) {
                        return item;
                    }
                }
            }
            return null;
        });
    }

    /** Checks a tree item the way a click in its box does, so the viewer hears of it. */
    Object check(TreeItem item) {
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        item.getParent().notifyListeners(SWT.Selection, event);
        return null;
    }

    private static Button button(Shell shell, String... labels) {
        for (Button button : all(shell, Button.class)) {
            String text = label(button.getText());
            for (String wanted : labels) {
                if (text.startsWith(wanted) && button.isVisible()) {
                    return button;
                }
            }
        }
        return null;
    }

    private static void click(Button button) {
        if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
            button.setSelection(true);
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Next until the last page (accepting licenses on the way), then Finish. */
    void finishWizard(Shell wizard, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            String step = ui(() -> {
                for (Button radio : all(wizard, Button.class)) {
                    String text = label(radio.getText()).toLowerCase(Locale.ROOT);
                    if ((radio.getStyle() & SWT.RADIO) != 0 && radio.isVisible() && text.startsWith("i accept")
                            && !radio.getSelection()) {
                        for (Button other : all(radio.getParent(), Button.class)) {
                            if ((other.getStyle() & SWT.RADIO) != 0) {
                                other.setSelection(false);
                            }
                        }
                        click(radio);
                        return "accepted the license";
                    }
                }
                Button next = button(wizard, "Next");
                if (next != null && next.isEnabled()) {
                    click(next);
                    return "next";
                }
                Button finish = button(wizard, "Finish");
                if (finish != null && finish.isEnabled()) {
                    click(finish);
                    return "finish";
                }
                return "wait";
            });
            if (step.equals("finish")) {
                return;
            }
            Thread.sleep(step.equals("wait") ? 500 : 2000);
        }
        throw new AssertionError("the wizard did not get to Finish in " + seconds + " s");
    }

    /**
     * Answers what p2 asks after Finish: trust of unsigned content (trusted), then the restart question (Apply Changes
     * Now when offered, else Restart Now).
     *
     * @return the answers given
     */
    String answerP2Dialogs(int seconds) throws Exception {
        List<String> answers = new ArrayList<>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            String answer = ui(() -> {
                for (Shell shell : display.getShells()) {
                    if (shell.isDisposed() || !shell.isVisible() || shell.getText().startsWith("Rapport")) {
                        continue;
                    }
                    Button apply = button(shell, "Apply Changes Now", "Apply Changes");
                    Button restart = button(shell, "Restart Now", "Restart");
                    if (apply != null || restart != null) {
                        Button chosen = apply != null ? apply : restart;
                        String text = shell.getText() + ": " + label(chosen.getText());
                        click(chosen);
                        return "final " + text;
                    }
                    Button trust = button(shell, "Trust Selected", "Trust All", "Install anyway", "Install Anyway", "Accept");
                    if (trust != null) {
                        for (Table table : all(shell, Table.class)) {
                            for (TableItem item : table.getItems()) {
                                item.setChecked(true);
                            }
                        }
                        for (Button box : all(shell, Button.class)) {
                            if ((box.getStyle() & SWT.CHECK) != 0 && !box.getSelection()) {
                                click(box);
                            }
                        }
                        String text = shell.getText() + ": " + label(trust.getText());
                        if (trust.isEnabled()) {
                            click(trust);
                            return text;
                        }
                    }
                }
                return null;
            });
            if (answer != null) {
                answers.add(answer.replace("final ", ""));
                if (answer.startsWith("final ")) {
                    return String.join("; ", answers);
                }
            }
            Thread.sleep(500);
        }
        return answers.isEmpty() ? "no question within " + seconds + " s" : String.join("; ", answers);
    }

    void screenshotTo(Path file) {
        try {
            ui(() -> {
                Image image = new Image(display, display.getBounds());
                GC gc = new GC(display);
                gc.copyArea(image, 0, 0);
                gc.dispose();
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
                image.dispose();
                return null;
            });
        } catch (RuntimeException e) {
            // a screenshot is a help, not a check
        }
    }
}
