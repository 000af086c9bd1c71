package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.Osgi;
import org.rapport.testing.TestDatabases;

/**
 * Team mode: a colleague's Rapport (a second JVM on the same PostgreSQL database) renames, creates and deletes
 * contacts, and the search of this process (the DS service, with its index in this workspace) follows within 2 s: the
 * renamed and the new person are found by their new names, the deleted one is gone, and the old name finds nobody.
 * After this process may have missed colleagues' changes (its connection to the server was lost), the bulk change
 * posted then makes the index compare itself with the database (that part runs on Derby too: the event is posted here).
 */
class ColleaguesContactChangesTest {

    @TempDir
    Path scratch;

    @Test
    void theSearchHereFindsAColleaguesRenamedAndNewContactsAndLosesTheDeletedWithinTwoSeconds() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onServer(), "two processes share a database only on a server"
                + " (PostgreSQL); an embedded Derby database belongs to one process");
        ContactService contacts = Osgi.service(ContactService.class);
        ContactSearch search = Osgi.service(ContactSearch.class);
        long renamed = contacts.save(new Person("Ottoline", "Beforename")).getId();
        long deleted = contacts.save(new Person("Wenceslas", "Leaving")).getId();
        assertTrue(Osgi.eventually(() -> ids("ottoline beforename", search).equals(List.of(renamed))
                && ids("wenceslas leaving", search).equals(List.of(deleted))), "this process's saves are indexed");

        try (ChildJvm colleague = ChildJvm.start(ColleagueEditsContactsMain.class, scratch,
                System.getProperty("rapport.db.url"), System.getProperty("rapport.db.user"),
                System.getProperty("rapport.db.password"), scratch.resolve("colleague").toString(),
                Long.toString(renamed), "Ottoline", "Afterwards", "Quintus", "Newcomer", Long.toString(deleted))) {
            String[] changed = colleague.awaitLine("CHANGED", 120).split(" ");
            long created = Long.parseLong(changed[1]);
            long committedMicros = Long.parseLong(changed[2]);

            long followedMicros = until(() -> ids("ottoline afterwards", search).equals(List.of(renamed))
                    && ids("quintus newcomer", search).equals(List.of(created))
                    && ids("wenceslas leaving", search).isEmpty(), 10);
            assertTrue(followedMicros > 0, "the search followed the colleague's changes; colleague:\n"
                    + colleague.transcript());
            long ms = (followedMicros - committedMicros) / 1000;
            System.out.println("Colleague's contact changes searchable here after " + ms + " ms");
            assertTrue(ms < 2000, "the search followed within 2 s, not " + ms + " ms");
            assertEquals(List.of(), ids("beforename", search), "the old name finds nobody");
            colleague.awaitLine("DONE", 30);
        }
    }

    @Test
    void aBulkChangeOfColleaguesMakesTheIndexDropAPersonDeletedBehindItsBack() throws Exception {
        ContactService contacts = Osgi.service(ContactService.class);
        ContactSearch search = Osgi.service(ContactSearch.class);
        ContactsUnit unit = Osgi.service(ContactsUnit.class);
        long gone = contacts.save(new Person("Ignatius", "Vanished")).getId();
        assertTrue(Osgi.eventually(() -> ids("ignatius vanished", search).equals(List.of(gone))), "indexed");

        // a colleague deleted him while this process did not hear it: the row goes, no event comes
        unit.write(em -> {
            em.remove(em.find(PersonEntity.class, gone));
            return null;
        });
        Thread.sleep(500);
        assertEquals(List.of(gone), ids("ignatius vanished", search), "without an event the index cannot know");

        Osgi.service(EventAdmin.class).postEvent(new Event(ContactTopics.CHANGED, Map.of(DomainEvents.REMOTE, true)));

        assertTrue(Osgi.eventually(() -> ids("ignatius vanished", search).isEmpty()),
                "after the bulk change the index compared itself with the database and dropped him");
    }

    private static List<Long> ids(String text, ContactSearch search) {
        return search.search(text, 10).rows().stream().map(PersonRow::id).toList();
    }

    /** Waits until {@code done}; the time (epoch microseconds) it was first true, or 0 when it was not in time. */
    private static long until(Supplier<Boolean> done, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (done.get()) {
                return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
            }
            Thread.sleep(20);
        }
        return 0;
    }
}
