package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.model.Person;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The contact's record and its timeline name who created and who changed it: on a laptop the name from Preferences >
 * Rapport, on a team server the database login.
 */
class RecordedUserTest {

    @TempDir
    Path workspace;

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(RapportUser.PREFERENCE_NODE);
    private StandaloneDatabase database;
    private ContactsUnit unit;
    private JpaContactService contacts;

    @BeforeEach
    void open() {
        preferences.put(RapportUser.PREFERENCE_KEY, "anna.keller");
        database = TestDatabases.create(workspace);
        unit = new ContactsUnit(database);
        contacts = new JpaContactService(unit, new ContactEvents());
    }

    @AfterEach
    void close() {
        database.close();
        preferences.remove(RapportUser.PREFERENCE_KEY);
    }

    @Test
    void aNewContactAndAnEditNameTheirAuthorsOnTheRecordAndTheTimeline() {
        Person ada = contacts.save(new Person("Ada", "Lovelace"));
        String anna = TestDatabases.onServer() ? TestDatabases.user() : "anna.keller";
        assertEquals(anna, ada.getCreatedBy());
        assertEquals(anna, ada.getUpdatedBy());

        preferences.put(RapportUser.PREFERENCE_KEY, "ben.ortiz");
        Person edited = ada.copy();
        edited.setNotes("Prefers email");
        Person saved = contacts.save(edited);
        String ben = TestDatabases.onServer() ? TestDatabases.user() : "ben.ortiz";
        assertEquals(ben, saved.getUpdatedBy());
        assertEquals(anna, saved.getCreatedBy());

        List<ContactEventEntity> events = unit.read(em -> em.createQuery(
                "SELECT e FROM ContactEvent e WHERE e.personId = :id ORDER BY e.id", ContactEventEntity.class)
                .setParameter("id", ada.getId()).getResultList());
        assertEquals(List.of("created", "edited"), events.stream().map(ContactEventEntity::getKind).toList());
        assertEquals(anna, events.get(0).getByUser());
        assertEquals("by " + anna, events.get(0).getDetail(), "the timeline says who created the contact");
        assertEquals(ben, events.get(1).getByUser());
    }
}
