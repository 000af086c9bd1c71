package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.events.RapportTopics;
import org.rapport.persistence.access.CommittedChange;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.persistence.internal.LiveChangesFixture.Delivered;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.Osgi;
import org.rapport.testing.TestDatabases;

/**
 * Team mode: a change another Rapport process commits on the same PostgreSQL database arrives here as an EventAdmin
 * event, within 2 s, with its topic, ids and people, marked remote; this process's own changes are delivered once;
 * the bridge listens again after the server dropped its connection, and then tells the views that they may have missed
 * changes (a bulk change of every domain topic), which it does not after the first connect.
 */
class LiveChangesTest {

    private static final long PERSON = 4711L;

    @TempDir
    Path workspace;
    @TempDir
    Path scratch;

    private LiveChangesFixture fixture;

    @BeforeEach
    void listen() {
        Assumptions.assumeTrue(TestDatabases.onServer(), "LISTEN/NOTIFY is PostgreSQL's; an embedded Derby database"
                + " has one process, so there is no other process to tell");
        fixture = new LiveChangesFixture(workspace);
        assertTrue(Osgi.eventually(fixture.bridge::isListening), "the bridge listens on the new database");
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aChangeCommittedInAnotherProcessArrivesAsAnEventWithinTwoSeconds() throws Exception {
        try (ChildJvm other = ChildJvm.start(LiveChangeMain.class, scratch,
                fixture.childArguments(workspace.resolve("other"), 1, 0, PERSON))) {
            String[] changed = other.awaitLine("CHANGED", 120).split(" ");
            long id = Long.parseLong(changed[1]);
            long committedMicros = Long.parseLong(changed[2]);

            Delivered change = next(LiveChangesFixture.TOPIC, 2);
            assertNotNull(change, "the other process's change arrived within 2 s; child output:\n" + other.transcript());
            assertArrayEquals(new long[] { id }, DomainEvents.ids(change.event()), "with the id of the task it saved");
            assertEquals(Boolean.TRUE, change.event().getProperty(DomainEvents.REMOTE), "marked as another's change");
            assertTrue(change.arrivedMicros() - committedMicros < 2_000_000, "visible "
                    + (change.arrivedMicros() - committedMicros) / 1000 + " ms after the other process committed");
            Delivered timeline = next(RapportTopics.TIMELINE_CHANGED, 2);
            assertNotNull(timeline, "the person's timeline event arrived too");
            assertEquals(PERSON, timeline.event().getProperty(RapportTopics.PERSON_ID));
            assertEquals(Boolean.TRUE, timeline.event().getProperty(DomainEvents.REMOTE));
            other.awaitLine("DONE", 30);
        }
    }

    @Test
    void ownChangesAreDeliveredOnceAndOnlyLocally() throws Exception {
        // a second listener, as another process would have, proves the notification went through the server
        BlockingQueue<ChangeMessage> seenByOthers = new LinkedBlockingQueue<>();
        try (ChangeListener witness = new ChangeListener(fixture.database::jdbc, "a witness", seenByOthers::add)) {
            assertTrue(Osgi.eventually(witness::isListening), "the witness listens");
            DomainEvents events = new DomainEvents();
            events.setEventAdmin(fixture.eventAdmin);
            events.setChangeBroadcast(fixture.bridge);

            events.changed(LiveChangesFixture.TOPIC, List.of(42L), List.of());

            ChangeMessage sent = seenByOthers.poll(5, TimeUnit.SECONDS);
            assertNotNull(sent, "the change was announced on the server");
            assertEquals(List.of(42L), sent.change().ids());
            Delivered local = next(LiveChangesFixture.TOPIC, 2);
            assertNotNull(local, "the local event arrived");
            assertNull(local.event().getProperty(DomainEvents.REMOTE), "as a local event");
            Thread.sleep(1_000); // the bridge got the notification when the witness did; give EventAdmin time to post it
            assertNull(next(LiveChangesFixture.TOPIC, 0), "and nothing else: the bridge skipped its own notification");
        }
    }

    @Test
    void afterTheServerDroppedItsConnectionsTheBridgeListensAgain() throws Exception {
        assertTrue(cutConnections() >= 1, "the bridge's connections were cut, as a server restart cuts them");

        // notifications sent while nobody listens are lost: a colleague keeps changing things until one arrives
        try (ChangeNotifier colleague = new ChangeNotifier("a colleague", fixture.database::jdbc)) {
            Delivered change = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            for (long id = 1; change == null && System.nanoTime() < deadline; id++) {
                colleague.committed(new CommittedChange(LiveChangesFixture.TOPIC, List.of(id), List.of()));
                change = next(LiveChangesFixture.TOPIC, 1);
            }
            assertNotNull(change, "changes of other processes arrive again after the connection came back");
            assertEquals(Boolean.TRUE, change.event().getProperty(DomainEvents.REMOTE));
        }
    }

    @Test
    void aChangeCommittedWhileTheConnectionWasDownMakesTheViewsReadEverythingAgain() throws Exception {
        DomainEvents domain = new DomainEvents(LiveChangesFixture.TOPIC) {
        };
        domain.setChangeBroadcast(fixture.bridge); // as DS binds it: the domain names its topic
        assertTrue(cutConnections() >= 1, "the bridge's connections were cut, as a server restart cuts them");
        try (ChangeNotifier colleague = new ChangeNotifier("a colleague", fixture.database::jdbc)) {
            colleague.committed(new CommittedChange(LiveChangesFixture.TOPIC, List.of(77L), List.of(PERSON)));

            Delivered refresh = next(LiveChangesFixture.TOPIC, d -> DomainEvents.ids(d.event()).length == 0, 20);
            assertNotNull(refresh, "after listening again, the domain's topic was posted as a bulk change (read"
                    + " everything), so the colleague's change missed meanwhile shows");
            assertNull(refresh.event().getProperty(DomainEvents.IDS), "without ids");
            assertEquals(Boolean.TRUE, refresh.event().getProperty(DomainEvents.REMOTE), "as another process's change");
            assertTrue(fixture.bridge.isListening(), "posted once the bridge listens again");
            assertNotNull(next(RapportTopics.TIMELINE_CHANGED,
                    d -> d.event().getProperty(RapportTopics.PERSON_ID) == null, 5), "and every open timeline reads again");
        }
    }

    @Test
    void missedChangesAreReportedAfterAReconnectOnlyNotAfterTheFirstConnect() throws Exception {
        AtomicInteger missed = new AtomicInteger();
        try (ChangeListener listener = new ChangeListener(fixture.database::jdbc, "a witness", message -> { },
                missed::incrementAndGet)) {
            assertTrue(Osgi.eventually(listener::isListening), "the listener listens");
            Thread.sleep(ChangeListener.WAIT_MS * 2L);
            assertEquals(0, missed.get(), "nothing can have been missed before the first connect");

            assertTrue(cutConnections() >= 1);
            assertTrue(Osgi.eventually(() -> missed.get() == 1), "after the connection came back, missed changes are"
                    + " reported once");
            assertTrue(listener.isListening());
        }
    }

    /** Cuts every other connection to the fixture's database, as a server restart does; how many were cut. */
    private int cutConnections() throws Exception {
        try (Connection admin = fixture.database.jdbc().connect(); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The next recorded event on a topic within the time given (earlier events of other topics are dropped). */
    private Delivered next(String topic, long seconds) throws InterruptedException {
        return next(topic, d -> true, seconds);
    }

    /** The next recorded event on a topic that matches, within the time given (earlier other events are dropped). */
    private Delivered next(String topic, Predicate<Delivered> matches, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            Delivered d = left <= 0 ? fixture.delivered.poll() : fixture.delivered.poll(left, TimeUnit.NANOSECONDS);
            if (d == null || d.event().getTopic().equals(topic) && matches.test(d)) {
                return d;
            }
        }
    }
}
