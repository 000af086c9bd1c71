package org.rapport.contacts.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.rapport.persistence.SchemaMigration;

/**
 * Schema version 3: an index on the person of every table that holds a list of a person's (emails, phones, ...), as
 * {@code PersonEntity} declares them. Derby backs each foreign key with an index of its own, so there the new ones
 * only share it; PostgreSQL does not, and without them reading, merging or deleting one person scans each of these
 * tables whole (they hold a row per email, phone, ... of everyone).
 */
final class PersonListIndexes {

    /** Index, table: the columns are always the person and the position in the list. */
    private static final List<String[]> INDEXES = List.of(new String[] { "IX_EMAIL_PERSON", "CONTACT_EMAIL" },
            new String[] { "IX_PHONE_PERSON", "CONTACT_PHONE" }, new String[] { "IX_ADDRESS_PERSON", "CONTACT_ADDRESS" },
            new String[] { "IX_SOCIAL_PERSON", "CONTACT_SOCIAL_PROFILE" },
            new String[] { "IX_MEMBERSHIP_PERSON", "CONTACT_MEMBERSHIP" }, new String[] { "IX_TAG_PERSON", "CONTACT_TAG" },
            new String[] { "IX_CUSTOM_VALUE_PERSON", "CONTACT_CUSTOM_VALUE" });

    private PersonListIndexes() {
    }

    /** The step from version 2 to 3. */
    static SchemaMigration migration() {
        return new SchemaMigration(3, "index the person of every list table of a person", PersonListIndexes::create);
    }

    /** Creates the indexes that are missing (names and tables are constants, not input). */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String[] index : INDEXES) {
                if (!exists(c.getMetaData(), index[1], index[0])) {
                    s.execute("CREATE INDEX " + index[0] + " ON " + index[1] + " (PERSON_ID, POSITION)");
                }
            }
        }
    }

    /** Whether the table has the index; Derby keeps names in upper case, PostgreSQL in lower case. */
    static boolean exists(DatabaseMetaData meta, String table, String index) throws SQLException {
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rows = meta.getIndexInfo(null, null, name, false, true)) {
                while (rows.next()) {
                    if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
