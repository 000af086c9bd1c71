package org.rapport.contacts.internal;

import java.nio.file.Path;

import org.rapport.persistence.StandaloneDatabase;

/**
 * The contacts services on a real embedded Derby in a test's temp folder, built the way DS builds them.
 * Close it at the end of the test.
 */
final class TestContacts implements AutoCloseable {

    final StandaloneDatabase database;
    final ContactsUnit unit;
    final ContactEvents events = new ContactEvents();
    final JpaContactService contacts;

    TestContacts(Path workspace) {
        database = StandaloneDatabase.embeddedIn(workspace);
        unit = new ContactsUnit(database);
        contacts = new JpaContactService(unit, events);
    }

    @Override
    public void close() {
        database.close();
    }
}
