package org.rapport.contacts.io.internal;

import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactImporter;

/** Builds the importer and exporter without OSGi, for {@code StandaloneContacts}. */
public final class ContactIo {

    private ContactIo() {
    }

    public static ContactImporter importer(ContactsUnit unit, ContactEvents events, ContactService contacts) {
        return new ContactImportService(unit, events, contacts);
    }

    public static ContactExporter exporter(ContactsUnit unit, ContactService contacts) {
        return new ContactExportService(unit, contacts);
    }
}
