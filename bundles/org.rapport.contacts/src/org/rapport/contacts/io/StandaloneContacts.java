package org.rapport.contacts.io;

import java.nio.file.Path;

import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.internal.JpaContactService;
import org.rapport.contacts.io.internal.ContactIo;
import org.rapport.persistence.StandaloneDatabase;

/**
 * The contacts services on a database of their own, outside OSGi: for benchmarks, tools and tests that need a fresh
 * contact database in a folder of their choice. They are built exactly as Declarative Services builds them in the
 * product, only without change events. {@link #close()} closes the database.
 */
public final class StandaloneContacts implements AutoCloseable {

    private final StandaloneDatabase database;
    private final ContactService contacts;
    private final ContactImporter importer;
    private final ContactExporter exporter;

    private StandaloneContacts(StandaloneDatabase database) {
        this.database = database;
        ContactsUnit unit = new ContactsUnit(database);
        ContactEvents events = new ContactEvents();
        this.contacts = new JpaContactService(unit, events);
        this.importer = ContactIo.importer(unit, events, contacts);
        this.exporter = ContactIo.exporter(unit, contacts);
    }

    /** The contacts of an embedded Derby database in {@code workspace/db} (created if needed). */
    public static StandaloneContacts openIn(Path workspace) {
        return new StandaloneContacts(StandaloneDatabase.embeddedIn(workspace));
    }

    /** The database itself (information, backup). */
    public StandaloneDatabase database() {
        return database;
    }

    /** The contact service on this database. */
    public ContactService contacts() {
        return contacts;
    }

    /** The importer on this database. */
    public ContactImporter importer() {
        return importer;
    }

    /** The exporter on this database. */
    public ContactExporter exporter() {
        return exporter;
    }

    @Override
    public void close() {
        database.close();
    }
}
