package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.core.events.RapportTopics;
import org.rapport.testing.Osgi;
import org.rapport.testing.TestDatabases;

/**
 * This process's side of the live-change tests: a new PostgreSQL database, a {@link TeamChangeBridge} on it posting
 * to the test runtime's real EventAdmin, and an EventHandler that records what EventAdmin delivers on a test topic and
 * the timeline topic, with the arrival time.
 */
final class LiveChangesFixture implements AutoCloseable {

    /** The topic the tests' changes are posted on. */
    static final String TOPIC = "org/rapport/test/live/CHANGED";

    /** An event as delivered here, with the time (epoch microseconds) it arrived. */
    record Delivered(Event event, long arrivedMicros) {
    }

    final String url;
    final RapportDatabaseService database;
    final EventAdmin eventAdmin;
    final TeamChangeBridge bridge;
    final BlockingQueue<Delivered> delivered = new LinkedBlockingQueue<>();
    private final ServiceRegistration<EventHandler> handler;

    LiveChangesFixture(Path workspace) {
        url = TestDatabases.createServerDatabase();
        database = RapportDatabaseService.onServer(url, TestDatabases.user(), TestDatabases.password(), workspace);
        eventAdmin = Osgi.service(EventAdmin.class);
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, new String[] { TOPIC, RapportTopics.TIMELINE_CHANGED });
        handler = context().registerService(EventHandler.class,
                event -> delivered.add(new Delivered(event, nowMicros())), topics);
        bridge = new TeamChangeBridge(database::jdbc, database::evictSharedCaches, eventAdmin);
    }

    static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /** Arguments for {@link LiveChangeMain} on this fixture's database. */
    String[] childArguments(Path childWorkspace, int count, long pauseMs, long personId) {
        return new String[] { url, TestDatabases.user(), TestDatabases.password(), childWorkspace.toString(), TOPIC,
                Integer.toString(count), Long.toString(pauseMs), Long.toString(personId) };
    }

    private static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(LiveChangesFixture.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new AssertionError("the persistence bundle cannot start", e);
            }
        }
        return bundle.getBundleContext();
    }

    @Override
    public void close() {
        handler.unregister();
        bridge.close();
        database.deactivate();
    }
}
