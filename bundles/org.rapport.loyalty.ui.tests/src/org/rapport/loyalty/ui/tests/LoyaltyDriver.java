package org.rapport.loyalty.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Opening the Loyalty perspective and its views, the services behind them, test programs and screenshots. */
final class LoyaltyDriver {

    /** Every domain's demo data together takes a while on a busy 2-core machine. */
    static final Duration DEMO_DATA_TIMEOUT = Duration.ofMinutes(3);
    private static final AtomicInteger PROGRAMS = new AtomicInteger();

    private LoyaltyDriver() {
    }

    /** An OSGi service of the test runtime (its database is in the test workspace). */
    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(LoyaltyDriver.class).getBundleContext();
        assertNotNull(context, "the loyalty UI bundle is started");
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

    /** Shows the Loyalty perspective. */
    static IWorkbenchPage perspective() {
        IWorkbenchPage page = UiTestSupport.page();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(LoyaltyUi.PERSPECTIVE_ID));
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
        UiTestSupport.spinFor(Duration.ofMillis(100)); // a read asked for by an event starts after a short delay
        UiTestSupport.spinUntil(() -> !busy.getAsBoolean(), () -> what + " has been read");
        UiTestSupport.flushEvents();
    }

    /** Runs the event loop until no job of the family runs. */
    static void jobsDone(Object family, String what) {
        UiTestSupport.spinUntil(() -> Job.getJobManager().find(family).length == 0, () -> what + " has finished");
        UiTestSupport.flushEvents();
    }

    /**
     * A new program of the test (a name no other test uses): EUR, 1 point per euro, no pending days, points expiring
     * at the end of the month after the month earned, Silver from 1,000 (×1.5) and Gold from 5,000 (×2).
     */
    static Program program(String purpose) {
        return service(ProgramService.class).create(new ProgramDraft(purpose + " " + PROGRAMS.incrementAndGet(), "EUR",
                BigDecimal.ONE, 0, 1, new BigDecimal("0.01"), "Member",
                List.of(new Tier("Silver", 1000, new BigDecimal("1.5")), new Tier("Gold", 5000, new BigDecimal("2")))));
    }

    /** A demo contact: the {@code index}-th of those whose names begin with "a". */
    static PersonRef contact(int index) {
        List<PersonRef> people = service(PersonLookup.class).find("a", index + 1);
        assertNotNull(people.size() > index ? people.get(index) : null, "the demo data has contacts");
        return people.get(index);
    }

    /** The first day of the month before this one: points earned then expire at the end of this month. */
    static LocalDate lastMonth() {
        return LocalDate.now().minusMonths(1).withDayOfMonth(1);
    }

    /** Saves a picture of the screen as it is into the screenshots folder. */
    static void screenshot(String name) {
        UiTestSupport.spinFor(Duration.ofMillis(300));
        ScreenshotOnFailure.save(UiTestSupport.display(), Path.of(System.getProperty(
                ScreenshotOnFailure.DIRECTORY_PROPERTY, "target/screenshots"), name));
    }
}
