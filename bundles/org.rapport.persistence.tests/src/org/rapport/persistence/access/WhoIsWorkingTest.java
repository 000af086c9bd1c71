package org.rapport.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.Osgi;
import org.rapport.testing.TestDatabases;

/**
 * Who is working, as records show it: on a laptop (embedded Derby) the name from Preferences > Rapport, on a team server
 * (PostgreSQL) the database login, whatever the preference says.
 */
class WhoIsWorkingTest {

    private static final String ADA = "ada.lovelace";
    private static final String GRACE = "grace.hopper";

    @TempDir
    Path workspace;

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(RapportUser.PREFERENCE_NODE);
    private StandaloneDatabase database;
    private UnitAccess unit;

    @BeforeEach
    void open() {
        preferences.put(RapportUser.PREFERENCE_KEY, ADA);
        database = TestDatabases.create(workspace);
        unit = new UnitAccess(database, TestTask.unit(1));
    }

    @AfterEach
    void close() {
        database.close();
        preferences.remove(RapportUser.PREFERENCE_KEY);
    }

    @Test
    void aNewRecordAndEachChangeNameWhoIsWorking() {
        long id = unit.write(em -> {
            TestTask task = new TestTask("Call Ada");
            em.persist(task);
            return task.id();
        });
        TestTask created = find(id);
        String creator = TestDatabases.onServer() ? TestDatabases.user() : ADA;
        assertEquals(creator, created.getCreatedBy(), "created by");
        assertEquals(creator, created.getUpdatedBy(), "last changed by");

        preferences.put(RapportUser.PREFERENCE_KEY, GRACE); // someone else at the laptop: the next save is theirs
        String editor = unit.write(em -> {
            em.find(TestTask.class, id).setTitle("Call Ada back");
            return Audited.currentUser(em);
        });

        TestTask changed = find(id);
        assertEquals(TestDatabases.onServer() ? TestDatabases.user() : GRACE, editor);
        assertEquals(editor, changed.getUpdatedBy(), "the change names who made it");
        assertEquals(creator, changed.getCreatedBy(), "the creator stays");
        assertEquals(2, changed.getVersion());
        assertTrue(changed.getUpdatedAt().compareTo(changed.getCreatedAt()) >= 0);
    }

    @Test
    void aSaveThatChangesNothingNamesNobodyNew() {
        long id = unit.write(em -> {
            TestTask task = new TestTask("Call Ada");
            em.persist(task);
            return task.id();
        });
        preferences.put(RapportUser.PREFERENCE_KEY, GRACE);
        unit.write(em -> em.find(TestTask.class, id)); // read in a transaction, nothing changed

        TestTask same = find(id);
        assertEquals(1, same.getVersion(), "no update was written");
        assertEquals(TestDatabases.onServer() ? TestDatabases.user() : ADA, same.getUpdatedBy());
    }

    @Test
    void theWorkspaceServiceNamesTheLoginOnAServerAndThePreferenceOnALaptop() {
        RapportUser user = Osgi.service(RapportUser.class);
        // the test runtime's workspace database is the suite's server database under the rapport-postgresql profile
        boolean server = !System.getProperty("rapport.db.url", "").isBlank();

        assertEquals(server, user.isDatabaseLogin());
        assertEquals(server ? System.getProperty("rapport.db.user") : ADA, user.name());
        preferences.put(RapportUser.PREFERENCE_KEY, " " + "x".repeat(80) + " ");
        assertEquals(server ? System.getProperty("rapport.db.user") : "x".repeat(RapportUser.MAX_LENGTH), user.name(),
                "a name fits the audit columns");
    }

    private TestTask find(long id) {
        return unit.read(em -> em.find(TestTask.class, id));
    }
}
