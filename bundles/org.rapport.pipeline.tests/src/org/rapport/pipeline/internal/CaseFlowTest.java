package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.core.FieldProblem;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.PipelineValidationException;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CasePriority;
import org.rapport.pipeline.cases.CaseQuery;
import org.rapport.pipeline.cases.CaseStatus;
import org.rapport.pipeline.cases.CaseTransitionException;
import org.rapport.pipeline.cases.SupportCase;

/**
 * The case flow, its refused transitions, and the satisfaction event as another domain receives it: through the
 * test runtime's real EventAdmin, by a subscriber registered as an OSGi EventHandler service.
 */
class CaseFlowTest {

    @TempDir
    Path workspace;
    private TestPipeline test;
    private ServiceTracker<EventAdmin, EventAdmin> eventAdmin;
    private ServiceRegistration<EventHandler> subscriber;
    private final LinkedBlockingQueue<Event> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws InterruptedException {
        test = new TestPipeline(workspace);
        BundleContext context = FrameworkUtil.getBundle(CaseFlowTest.class).getBundleContext();
        eventAdmin = new ServiceTracker<>(context, EventAdmin.class, null);
        eventAdmin.open();
        EventAdmin admin = eventAdmin.waitForService(10_000);
        assertNotNull(admin, "the test runtime has EventAdmin (org.eclipse.equinox.event)");
        test.events.setEventAdmin(admin);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, PipelineTopics.CASE_RESOLVED_SATISFIED);
        subscriber = context.registerService(EventHandler.class, received::add, properties);
    }

    @AfterEach
    void close() {
        subscriber.unregister();
        eventAdmin.close();
        test.close();
    }

    private SupportCase openCase() {
        SupportCase c = new SupportCase(TestPipeline.ADA, CaseChannel.PHONE, "Delivery", CasePriority.HIGH, "Late delivery",
                "Parcel two weeks late");
        c.setOwner("desk");
        return test.cases.save(c);
    }

    @Test
    void aCaseGoesThroughItsFlowAndAHighSatisfactionIsAnnouncedOnce() throws InterruptedException {
        SupportCase opened = openCase();
        assertEquals(CaseStatus.NEW, opened.getStatus());

        SupportCase working = test.cases.changeStatus(opened.getId(), opened.getVersion(), CaseStatus.IN_PROGRESS, null, null);
        SupportCase resolved = test.cases.changeStatus(working.getId(), working.getVersion(), CaseStatus.RESOLVED,
                "Sent a replacement by express", 5);

        Event event = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(event, "the subscriber got the satisfaction event");
        assertEquals(opened.getId(), event.getProperty(PipelineTopics.CASE_ID));
        assertEquals(TestPipeline.ADA.id(), event.getProperty(PipelineTopics.PERSON_ID));
        assertEquals(5, event.getProperty(PipelineTopics.SATISFACTION));
        assertEquals("RESOLVED", event.getProperty(PipelineTopics.STATUS));

        SupportCase closed = test.cases.changeStatus(resolved.getId(), resolved.getVersion(), CaseStatus.CLOSED, null, 5);
        assertEquals(CaseStatus.CLOSED, closed.getStatus());
        assertEquals("Sent a replacement by express", closed.getResolution(), "the notes carry over");
        assertNotNull(closed.getClosedAt());
        assertEquals(null, received.poll(1, TimeUnit.SECONDS), "announced once per case, not again at closing");
        assertEquals(0, test.cases.count(CaseQuery.OPEN));
    }

    @Test
    void aLowSatisfactionIsNotAnnounced() throws InterruptedException {
        SupportCase c = openCase();
        c = test.cases.changeStatus(c.getId(), c.getVersion(), CaseStatus.IN_PROGRESS, null, null);
        test.cases.changeStatus(c.getId(), c.getVersion(), CaseStatus.CLOSED, "Refunded", 3);

        assertEquals(null, received.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void invalidTransitionsAreRefusedWithTheWayOn() {
        SupportCase c = openCase();

        CaseTransitionException skip = assertThrows(CaseTransitionException.class,
                () -> test.cases.changeStatus(c.getId(), c.getVersion(), CaseStatus.RESOLVED, "Done", 4));
        assertEquals("Case " + c.getId() + " is New and cannot go to Resolved: from New it can go to In progress only.",
                skip.getMessage());

        SupportCase working = test.cases.changeStatus(c.getId(), c.getVersion(), CaseStatus.IN_PROGRESS, null, null);
        PipelineValidationException noNotes = assertThrows(PipelineValidationException.class,
                () -> test.cases.changeStatus(c.getId(), working.getVersion(), CaseStatus.CLOSED, " ", null));
        assertEquals(List.of("resolution", "satisfaction"), noNotes.problems().stream().map(FieldProblem::field).toList());
        assertThrows(PipelineValidationException.class,
                () -> test.cases.changeStatus(c.getId(), working.getVersion(), CaseStatus.CLOSED, "Fixed", 6));

        SupportCase closed = test.cases.changeStatus(c.getId(), working.getVersion(), CaseStatus.CLOSED, "Fixed", 2);
        CaseTransitionException reopen = assertThrows(CaseTransitionException.class,
                () -> test.cases.changeStatus(c.getId(), closed.getVersion(), CaseStatus.IN_PROGRESS, null, null));
        assertTrue(reopen.getMessage().contains("a closed case is final"), reopen.getMessage());
        assertEquals(CaseStatus.CLOSED, test.cases.supportCase(c.getId()).orElseThrow().getStatus());
    }
}
