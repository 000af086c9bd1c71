package org.rapport.contacts.io;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.internal.JpaContactService;
import org.rapport.contacts.internal.JpaSegmentService;
import org.rapport.contacts.internal.LuceneContactSearch;
import org.rapport.contacts.io.internal.ContactIo;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.segments.SegmentService;
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
    private final ContactsUnit unit;
    private final ContactEvents events;
    private final SegmentService segments;
    private final List<LuceneContactSearch> searches = new CopyOnWriteArrayList<>();

    private StandaloneContacts(StandaloneDatabase database) {
        this.database = database;
        this.unit = new ContactsUnit(database);
        this.events = new ContactEvents();
        this.contacts = new JpaContactService(unit, events);
        this.segments = new JpaSegmentService(unit, contacts);
        this.importer = ContactIo.importer(unit, events, contacts);
        this.exporter = ContactIo.exporter(unit, contacts);
    }

    /** The contacts of an embedded Derby database in {@code workspace/db} (created if needed). */
    public static StandaloneContacts openIn(Path workspace) {
        return on(StandaloneDatabase.embeddedIn(workspace));
    }

    /**
     * The contacts of a database opened by the caller (embedded or on a server, e.g. {@code StandaloneDatabase.onServer});
     * {@link #close()} closes it.
     *
     * @since 1.2
     */
    public static StandaloneContacts on(StandaloneDatabase database) {
        return new StandaloneContacts(database);
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

    /** The segment service on this database. */
    public SegmentService segments() {
        return segments;
    }

    /**
     * A search index of these contacts in {@code folder}, as the product keeps one: opened, or built when the folder
     * holds none, and compared with the database in the background; {@link ContactSearch#status()} says when it is
     * ready. It is stopped by {@link #close()}.
     */
    public ContactSearch searchIndexIn(Path folder) {
        LuceneContactSearch search = new LuceneContactSearch(unit, events, contacts, folder);
        searches.add(search);
        return search;
    }

    /** Stops the search indexes, then closes the database. */
    @Override
    public void close() {
        searches.forEach(LuceneContactSearch::stop);
        database.close();
    }
}
