package org.rapport.contacts.io.internal;

import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactsBulkAccess;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactImporter;

/** Builds the importer and exporter without OSGi, for {@code StandaloneContacts}. */
public final class ContactIo {

    private ContactIo() {
    }

    public static ContactImporter importer(ContactsBulkAccess access, ContactService contacts) {
        return new ContactImportService(access, contacts);
    }

    public static ContactExporter exporter(ContactsBulkAccess access, ContactService contacts) {
        return new ContactExportService(access, contacts);
    }
}
