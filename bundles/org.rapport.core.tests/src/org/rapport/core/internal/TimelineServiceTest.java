package org.rapport.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.core.ObjectLink;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.core.timeline.TimelineResult;
import org.rapport.core.timeline.TimelineService;

/** The timeline service as domains use it: contributors registered as OSGi services, the history read back merged. */
class TimelineServiceTest {

    private static final long ADA = 42;
    private final BundleContext context = FrameworkUtil.getBundle(TimelineServiceTest.class).getBundleContext();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final ServiceTracker<TimelineService, TimelineService> tracker =
            new ServiceTracker<>(context, TimelineService.class, null);

    @BeforeEach
    void track() {
        tracker.open();
    }

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
        tracker.close();
    }

    @Test
    void mergesEveryContributorNewestFirstWithinTheWindow() throws Exception {
        contribute("Contacts", entry("2026-01-10T09:00:00Z", "created", "Contact created"),
                entry("2020-01-01T00:00:00Z", "created", "too old for the window"));
        contribute("Sales Pipeline", entry("2026-03-01T14:30:00Z", "deal-won", "Won: 40 licences"),
                entry("2026-02-01T10:00:00Z", "call", "Call about renewal"));

        TimelineQuery window = new TimelineQuery(ADA, Instant.parse("2025-01-01T00:00:00Z"), Instant.MAX, 10);
        TimelineResult result = service().history(window);

        assertEquals(List.of("Won: 40 licences", "Call about renewal", "Contact created"),
                result.entries().stream().map(TimelineEntry::title).toList());
        assertTrue(result.isComplete());
    }

    @Test
    void keepsTheNewestEntriesUpToTheLimit() throws Exception {
        contribute("Contacts", entry("2026-01-01T00:00:00Z", "a", "oldest"), entry("2026-01-02T00:00:00Z", "a", "middle"),
                entry("2026-01-03T00:00:00Z", "a", "newest"));

        TimelineResult result = service().history(new TimelineQuery(ADA, Instant.MIN, Instant.MAX, 2));

        assertEquals(List.of("newest", "middle"), result.entries().stream().map(TimelineEntry::title).toList());
    }

    @Test
    void aFailingContributorIsReportedAndTheOthersStillShow() throws Exception {
        contribute("Contacts", entry("2026-01-10T09:00:00Z", "created", "Contact created"));
        registrations.add(context.registerService(TimelineContributor.class, new TimelineContributor() {
            @Override
            public String sourceName() {
                return "Broken Feed";
            }

            @Override
            public List<TimelineEntry> entries(TimelineQuery query) {
                throw new IllegalStateException("feed database unreachable");
            }
        }, null));

        TimelineResult result = service().history(TimelineQuery.latest(ADA));

        assertFalse(result.isComplete());
        assertEquals(List.of("Broken Feed"), result.failedSources());
        assertEquals(1, result.entries().size());
    }

    private void contribute(String source, TimelineEntry... entries) {
        registrations.add(context.registerService(TimelineContributor.class, new TimelineContributor() {
            @Override
            public String sourceName() {
                return source;
            }

            @Override
            public List<TimelineEntry> entries(TimelineQuery query) {
                assertEquals(ADA, query.personId());
                return List.of(entries);
            }
        }, null));
    }

    private static TimelineEntry entry(String when, String kind, String title) {
        return new TimelineEntry(Instant.parse(when), kind, title, "", "org.rapport.core.tests",
                new ObjectLink("test.entry", title.replace('/', '-')));
    }

    /** The service as DS registered it; the tracker holds it, so DS keeps it and its contributors bound. */
    private TimelineService service() throws InterruptedException {
        TimelineService service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        assertTrue(service != null, "the timeline service is registered by DS");
        return service;
    }
}
