package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.community.ui.CommunityUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Opening the Community perspective and its views, the services behind them, and screenshots. */
final class CommunityDriver {

    /** Every domain's demo data together takes a while on a busy 2-core machine. */
    static final Duration DEMO_DATA_TIMEOUT = Duration.ofMinutes(3);

    private CommunityDriver() {
    }

    /** An OSGi service of the test runtime (its database is in the test workspace). */
    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(CommunityDriver.class).getBundleContext();
        assertNotNull(context, "the community UI bundle is started");
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

    /** Shows a perspective. */
    static IWorkbenchPage perspective(String id) {
        IWorkbenchPage page = UiTestSupport.page();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
        UiTestSupport.flushEvents();
        return page;
    }

    /** Shows the Community perspective. */
    static IWorkbenchPage perspective() {
        return perspective(CommunityUi.PERSPECTIVE_ID);
    }

    /** Shows a view of the current perspective and returns its object once made. */
    static <T> T view(String id, Class<T> type) throws Exception {
        IWorkbenchPage page = UiTestSupport.page();
        page.showView(id);
        EPartService parts = UiTestSupport.window().getService(EPartService.class);
        MPart part = parts.findPart(id);
        assertNotNull(part, id + " is in the window");
        UiTestSupport.spinUntil(() -> type.isInstance(part.getObject()), () -> id + " is made");
        parts.activate(part);
        UiTestSupport.flushEvents();
        return type.cast(part.getObject());
    }

    /** A view of the Community perspective. */
    static <T> T communityView(String id, Class<T> type) throws Exception {
        perspective();
        return view(id, type);
    }

    /** Runs the event loop until a view is idle (its reads shown). */
    static void idle(BooleanSupplier busy, String what) {
        UiTestSupport.spinUntil(() -> !busy.getAsBoolean(), () -> what + " has been read");
        UiTestSupport.flushEvents();
    }

    /** Waits until no job of this name prefix runs. */
    static void jobsDone(String namePrefix) {
        UiTestSupport.spinUntil(() -> Arrays.stream(Job.getJobManager().find(null))
                .noneMatch(job -> job.getName().startsWith(namePrefix)), Duration.ofMinutes(1),
                () -> "the jobs '" + namePrefix + "\u2026' have finished");
        UiTestSupport.flushEvents();
    }

    /** Saves a picture of the screen as it is into the screenshots folder. */
    static void screenshot(String name) {
        UiTestSupport.spinFor(Duration.ofMillis(300));
        ScreenshotOnFailure.save(UiTestSupport.display(), Path.of(System.getProperty(
                ScreenshotOnFailure.DIRECTORY_PROPERTY, "target/screenshots"), name));
    }
}
