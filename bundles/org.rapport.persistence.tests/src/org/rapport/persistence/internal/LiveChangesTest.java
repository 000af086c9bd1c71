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
 * the bridge listens again after the server dropped its connection.
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
        int cut;
        try (Connection admin = fixture.database.jdbc().connect(); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            rs.next();
            cut = rs.getInt(1);
        }
        assertTrue(cut >= 1, "the bridge's connections were cut, as a server restart cuts them");

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

    /** The next recorded event on a topic within the time given (earlier events of other topics are dropped). */
    private Delivered next(String topic, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            Delivered d = left <= 0 ? fixture.delivered.poll() : fixture.delivered.poll(left, TimeUnit.NANOSECONDS);
            if (d == null || d.event().getTopic().equals(topic)) {
                return d;
            }
        }
    }
}
