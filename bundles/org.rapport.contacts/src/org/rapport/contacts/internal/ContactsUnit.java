package org.rapport.contacts.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.PersistenceUnitSpec;
import org.rapport.persistence.access.UnitAccess;

/**
 * The contacts persistence unit in the workspace's database, shared by the contacts services. Opened on first use,
 * so a workbench that never shows contacts never touches the database.
 */
@Component(service = ContactsUnit.class)
public class ContactsUnit extends UnitAccess {

    /** The unit's name in META-INF/persistence.xml and its schema-version key. */
    static final String NAME = "contacts";
    /**
     * The schema version this build writes. 2: CONTACT_PERSON.KNOWN_AS (the name a person goes by). Versions that only
     * add columns need no migration step: the raised version makes the database service generate the missing column
     * (after a backup), and makes an older Rapport refuse the database instead of ignoring the column. 3: an index on
     * the person of every list table ({@link PersonListIndexes}). 4: on PostgreSQL, the indexes a filter by name or
     * email prefix uses ({@link PrefixIndexes}).
     */
    static final int SCHEMA_VERSION = 4;

    @Activate
    public ContactsUnit(@Reference DatabaseService database) {
        super(database, new PersistenceUnitSpec(NAME, ContactsUnit.class.getClassLoader(), SCHEMA_VERSION,
                List.of(PersonListIndexes.migration(), PrefixIndexes.migration())), PrefixIndexes::ensure);
    }
}
