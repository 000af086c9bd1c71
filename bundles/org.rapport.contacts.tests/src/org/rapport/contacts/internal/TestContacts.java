package org.rapport.contacts.internal;

import java.nio.file.Path;

import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The contacts services on the database a test tests (embedded Derby in a temp folder, or PostgreSQL), built the
 * way DS builds them.
 * Close it at the end of the test.
 */
final class TestContacts implements AutoCloseable {

    final StandaloneDatabase database;
    final ContactsUnit unit;
    final ContactEvents events = new ContactEvents();
    final JpaContactService contacts;

    TestContacts(Path workspace) {
        database = TestDatabases.openWorkspace(workspace);
        unit = new ContactsUnit(database);
        contacts = new JpaContactService(unit, events);
    }

    @Override
    public void close() {
        database.close();
    }
}
