package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.persistence.access.TestTask;
import org.rapport.persistence.access.UnitAccess;

/**
 * Child-JVM program for the live-change tests: a second Rapport process on a PostgreSQL database. It commits
 * {@code count} tasks one at a time, {@code pauseMs} apart, each announced through {@link DomainEvents#changed} with
 * the database's change broadcast, as a domain does, and prints {@code CHANGED <id> <epoch microseconds>} right after
 * each announcement, then {@code DONE} once every notification went out.
 * <p>
 * Arguments: URL USER PASSWORD WORKSPACE TOPIC COUNT PAUSE_MS PERSON_ID
 */
public final class LiveChangeMain {

    private LiveChangeMain() {
    }

    public static void main(String[] args) throws Exception {
        String topic = args[4];
        int count = Integer.parseInt(args[5]);
        long pauseMs = Long.parseLong(args[6]);
        long person = Long.parseLong(args[7]);
        try (StandaloneDatabase database = StandaloneDatabase.onServer(args[0], args[1], args[2], Path.of(args[3]))) {
            UnitAccess unit = new UnitAccess(database, TestTask.unit(1));
            DomainEvents events = new DomainEvents();
            events.setChangeBroadcast(database.changeBroadcast());
            unit.emf();
            System.out.println("READY");
            for (int i = 0; i < count; i++) {
                long id = unit.write(em -> {
                    TestTask task = new TestTask("Call back a colleague's lead");
                    em.persist(task);
                    return task;
                }).id();
                events.changed(topic, List.of(id), List.of(person));
                System.out.println("CHANGED " + id + " " + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                System.out.flush();
                Thread.sleep(pauseMs);
            }
        } // closing the database sends what is still queued
        System.out.println("DONE");
        System.out.flush();
    }
}
