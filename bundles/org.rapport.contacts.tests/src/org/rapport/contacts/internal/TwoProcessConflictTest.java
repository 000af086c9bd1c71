package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.model.Person;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestDatabases;

/**
 * Two Rapport processes on one team server edit the same contact: the second save is refused with the conflict the
 * editor turns into its conflict dialog, the first process's change is kept (no lost update), and after reloading the
 * contact shows the colleague's change and can be saved again.
 */
class TwoProcessConflictTest {

    @TempDir
    Path temp;

    private String url;
    private StandaloneDatabase database;
    private JpaContactService contacts;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(TestDatabases.onServer(),
                "two processes share a database only on a server; embedded Derby admits one process (ProcessSafetyTest)");
        url = TestDatabases.createServerDatabase();
        database = StandaloneDatabase.onServer(url, TestDatabases.user(), TestDatabases.password(), temp.resolve("ws"));
        contacts = new JpaContactService(new ContactsUnit(database), new ContactEvents());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theSecondSaveOfTheSameContactGetsTheConflictAndTheFirstIsKept() throws Exception {
        Person ada = contacts.save(new Person("Ada", "Lovelace"));
        Person mine = contacts.person(ada.getId()).orElseThrow(); // open in this process's editor

        try (ChildJvm colleague = ChildJvm.start(EditContactMain.class, temp.resolve("child"), url,
                TestDatabases.user(), TestDatabases.password(), Long.toString(ada.getId()), "Met at the conference",
                temp.resolve("child-ws").toString())) {
            String saved = colleague.awaitLine("SAVED ", 120);
            assertEquals("SAVED 2 " + TestDatabases.user(), saved, "the colleague's save went through first");
        }

        mine.setNotes("Prefers email");
        assertThrows(ConcurrentEditException.class, () -> contacts.save(mine),
                "a save over the colleague's change is refused (the conflict dialog), not a lost update");

        Person reloaded = contacts.person(ada.getId()).orElseThrow();
        assertEquals("Met at the conference", reloaded.getNotes(), "the colleague's change is kept and shown");
        assertEquals(2, reloaded.getVersion());

        reloaded.setNotes(reloaded.getNotes() + "; prefers email");
        Person merged = contacts.save(reloaded);
        assertEquals(3, merged.getVersion(), "after reloading, the change saves");
        assertEquals("Met at the conference; prefers email", contacts.person(ada.getId()).orElseThrow().getNotes());
    }
}
