package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;

/**
 * Every table of a person's lists has an index on the person, in a new database and in one of schema version 2 that
 * this build upgrades: without them PostgreSQL scans each table to read one person.
 */
class PersonListIndexesTest {

    private static final List<String[]> INDEXES = List.of(new String[] { "CONTACT_EMAIL", "IX_EMAIL_PERSON" },
            new String[] { "CONTACT_PHONE", "IX_PHONE_PERSON" }, new String[] { "CONTACT_ADDRESS", "IX_ADDRESS_PERSON" },
            new String[] { "CONTACT_SOCIAL_PROFILE", "IX_SOCIAL_PERSON" },
            new String[] { "CONTACT_MEMBERSHIP", "IX_MEMBERSHIP_PERSON" }, new String[] { "CONTACT_TAG", "IX_TAG_PERSON" },
            new String[] { "CONTACT_CUSTOM_VALUE", "IX_CUSTOM_VALUE_PERSON" });

    @TempDir
    Path temp;

    @Test
    void aNewDatabaseAndAnUpgradedVersion2OneIndexThePersonOfEveryListTable() throws Exception {
        Path workspace = temp.resolve("workspace");
        long id;
        try (TestContacts v2 = new TestContacts(workspace)) {
            Person grace = new Person("Grace", "Hopper");
            grace.getEmails().add(new EmailAddress("work", "grace@navy.example"));
            id = v2.contacts.save(grace).getId();
            assertEquals(List.of(true, true, true, true, true, true, true), indexes(v2), "a new database has them");
            EntityManager em = v2.unit.createEntityManager();
            try {
                em.getTransaction().begin();
                try (Statement s = em.unwrap(Connection.class).createStatement()) {
                    for (String[] index : INDEXES) {
                        s.executeUpdate("DROP INDEX " + index[1]);
                    }
                    s.executeUpdate("UPDATE RAPPORT_SCHEMA SET SCHEMA_VERSION = 2, TABLES_VERSION = 2"
                            + " WHERE UNIT_NAME = 'contacts'");
                }
                em.getTransaction().commit();
            } finally {
                em.close();
            }
            assertFalse(indexes(v2).contains(true), "the database is as version 2 left it");
        }

        try (TestContacts upgraded = new TestContacts(workspace)) {
            assertEquals("grace@navy.example", upgraded.contacts.person(id).orElseThrow().getPrimaryEmail());
            assertEquals(List.of(true, true, true, true, true, true, true), indexes(upgraded), "the upgrade made them");
        }
        try (var backups = java.nio.file.Files.list(workspace.resolve("backups"))) {
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().contains("contacts-v2-v4")),
                    "backed up before the upgrade");
        }
    }

    private static List<Boolean> indexes(TestContacts test) {
        EntityManager em = test.unit.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection c = em.unwrap(Connection.class);
            List<Boolean> found = new java.util.ArrayList<>();
            for (String[] index : INDEXES) {
                found.add(PersonListIndexes.exists(c.getMetaData(), index[0], index[1]));
            }
            em.getTransaction().rollback();
            return found;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        } finally {
            em.close();
        }
    }
}
