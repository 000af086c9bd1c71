package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.feed.ui.FeedUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Opening the Social Feed perspective and its views, the services behind them, dialogs and screenshots. */
final class FeedDriver {

    /** Every domain's demo data together takes a while on a busy 2-core machine. */
    static final Duration DEMO_DATA_TIMEOUT = Duration.ofMinutes(3);

    private FeedDriver() {
    }

    /** An OSGi service of the test runtime (its database is in the test workspace). */
    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(FeedDriver.class).getBundleContext();
        assertNotNull(context, "the feed UI bundle is started");
        ServiceReference<T> reference = context.getServiceReference(type);
        assertNotNull(reference, "the " + type.getSimpleName() + " is registered (DS)");
        return context.getService(reference);
    }

    /** The demo data of a new workspace is loaded in a job after start-up; tests start once it is in. */
    static void waitForDemoData() {
        UiTestSupport.spinUntil(() -> Arrays.stream(Job.getJobManager().find(null))
                .noneMatch(job -> job.getName().startsWith("Preparing demo data")), DEMO_DATA_TIMEOUT,
                () -> "the demo data job has finished");
    }

    /** Shows the Social Feed perspective. */
    static IWorkbenchPage perspective() {
        IWorkbenchPage page = UiTestSupport.page();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(FeedUi.PERSPECTIVE_ID));
        UiTestSupport.flushEvents();
        return page;
    }

    /** Shows a view of the perspective and returns its object once made. */
    static <T> T view(String id, Class<T> type) throws Exception {
        IWorkbenchPage page = perspective();
        page.showView(id);
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        MPart part = parts.findPart(id);
        assertNotNull(part, id + " is in the window");
        UiTestSupport.spinUntil(() -> type.isInstance(part.getObject()), () -> id + " is made");
        parts.activate(part);
        UiTestSupport.flushEvents();
        return type.cast(part.getObject());
    }

    /** Runs the event loop until a view is idle (its reads shown). */
    static void idle(BooleanSupplier busy, String what) {
        UiTestSupport.spinUntil(() -> !busy.getAsBoolean(), () -> what + " has been read");
        UiTestSupport.flushEvents();
    }

    /**
     * Acts on the next shell with this title from inside its modal event loop (a dialog's open() blocks the test's
     * code until it closes, so the test drives it from timers).
     */
    static void whenShown(String title, Consumer<Shell> action) {
        Display display = UiTestSupport.display();
        long deadline = System.nanoTime() + UiTestSupport.TIMEOUT.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    action.accept(shell);
                    // a dialog the action could not close would block the test forever under its modal loop
                    display.timerExec((int) UiTestSupport.TIMEOUT.toMillis(), () -> {
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

    /** Presses the button with this label (as the user reads it) in a shell. */
    static void press(Shell shell, String label) {
        for (Button button : UiTestSupport.descendants(shell, Button.class)) {
            if (label.equals(UiTestSupport.userText(button.getText()))) {
                button.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no button '" + label + "' in " + shell.getText());
    }

    /** Saves a picture of the screen as it is into the screenshots folder. */
    static void screenshot(String name) {
        UiTestSupport.spinFor(Duration.ofMillis(300));
        ScreenshotOnFailure.save(UiTestSupport.display(), Path.of(System.getProperty(
                ScreenshotOnFailure.DIRECTORY_PROPERTY, "target/screenshots"), name));
    }
}
