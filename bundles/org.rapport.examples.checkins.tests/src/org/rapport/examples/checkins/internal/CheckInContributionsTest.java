package org.rapport.examples.checkins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.cli.CommandLine;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.core.demo.DemoDataService;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.core.timeline.TimelineService;
import org.rapport.examples.checkins.CheckIn;
import org.rapport.examples.checkins.CheckInService;

/**
 * The example plugin's three contributions, seen where users see them, in the running platform with the real
 * services and the test workspace's database: the Timeline service merges its check-ins, rapport-cli lists and runs
 * its command, and first-start demo data loads its check-ins after the demo people they refer to.
 * <p>
 * The demo data test runs first: demo data only loads into an empty plugin, and the other tests add check-ins.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckInContributionsTest {

    private final BundleContext context = FrameworkUtil.getBundle(CheckInContributionsTest.class).getBundleContext();
    private final List<ServiceTracker<?, ?>> trackers = new java.util.ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void closeTrackers() {
        trackers.forEach(ServiceTracker::close);
    }

    @Test
    @Order(1)
    void demoDataChecksInTheDemoPeopleAfterTheyWereLoaded() {
        List<String> loaded = service(DemoDataService.class).loadWhereEmpty(new NullProgressMonitor());

        // "checkins" sorts before "contacts": only its after() makes it wait for the people it checks in
        assertTrue(loaded.contains("checkins") && loaded.indexOf("contacts") < loaded.indexOf("checkins"),
                "the contacts' demo data loads first: " + loaded);
        List<PersonRow> people = service(ContactService.class).page(ContactQuery.ALL, 0, 6);
        assertEquals(6, people.size(), "the demo people are there");
        List<CheckIn> checkIns = service(CheckInService.class).all();
        assertEquals(9, checkIns.size(), "six people at the fair, three at the customer day: " + checkIns);
        assertEquals(people.get(0).displayName(), checkIns.get(0).personName());
    }

    @Test
    @Order(2)
    void theTimelineServiceShowsAPersonsCheckIns() {
        CheckInService checkIns = service(CheckInService.class);
        Instant at = Instant.parse("2026-05-04T10:15:00Z");
        checkIns.add(new CheckIn(424242, "Grace Hopper", "Compiler Summit", at));

        List<TimelineEntry> entries = service(TimelineService.class).history(TimelineQuery.latest(424242)).entries();

        TimelineEntry entry = entries.stream().filter(e -> e.kind().equals(CheckInTimeline.KIND)).findFirst()
                .orElseThrow(() -> new AssertionError("no check-in in " + entries));
        assertEquals("Checked in at Compiler Summit", entry.title());
        assertEquals(at, entry.when());
        assertEquals("org.rapport.examples.checkins", entry.sourceBundle());
    }

    @Test
    @Order(3)
    void rapportCliListsTheCommandAndRunsIt() {
        service(CheckInService.class).add(new CheckIn(77, "Ada Lovelace", "Engine Expo", Instant.parse("2026-06-01T08:00:00Z")));

        assertEquals(0, cli("help"), stderr());
        assertTrue(stdout().contains("  checkins list [--event NAME] list event check-ins, tab-separated"), stdout());

        out.reset();
        assertEquals(0, cli("checkins", "list", "--event", "engine expo"), stderr());
        assertEquals(List.of("time\tperson_id\tperson\tevent", "2026-06-01T08:00:00Z\t77\tAda Lovelace\tEngine Expo"),
                stdout().lines().toList());

        assertEquals(2, cli("checkins", "list", "--day", "monday"));
        assertTrue(stderr().contains("rapport-cli checkins list: unknown option --day; options: --event"), stderr());
        assertTrue(stderr().contains("usage: rapport-cli checkins list [--event NAME]"), stderr());
    }

    private int cli(String... args) {
        return service(CommandLine.class).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
