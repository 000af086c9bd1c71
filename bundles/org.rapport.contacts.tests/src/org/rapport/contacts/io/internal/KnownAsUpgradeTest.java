package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;

/**
 * A workspace of contacts schema version 1 (before CONTACT_PERSON.KNOWN_AS) opened by this build: it is backed up and
 * upgraded to version 2 (and on to the current one), its people are kept, and the name a person goes by can be
 * stored from then on.
 */
class KnownAsUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void aVersion1DatabaseGainsTheKnownAsColumnAndKeepsItsPeople() throws Exception {
        Path workspace = temp.resolve("workspace");
        try (IoFixture v1 = new IoFixture(workspace)) {
            Person grace = new Person("Grace Brewster Murray", "Hopper");
            grace.getEmails().add(new EmailAddress("", "grace@navy.example"));
            v1.contacts.save(grace);
            EntityManager em = v1.access.createEntityManager();
            try {
                em.getTransaction().begin();
                try (Statement s = em.unwrap(Connection.class).createStatement()) {
                    s.executeUpdate("ALTER TABLE CONTACT_PERSON DROP COLUMN KNOWN_AS");
                    s.executeUpdate("UPDATE RAPPORT_SCHEMA SET SCHEMA_VERSION = 1, TABLES_VERSION = 1"
                            + " WHERE UNIT_NAME = 'contacts'");
                }
                em.getTransaction().commit();
            } finally {
                em.close();
            }
        }

        try (IoFixture v2 = new IoFixture(workspace)) {
            Person grace = v2.personWithEmail("grace@navy.example");
            assertEquals("Grace Brewster Murray Hopper", grace.displayName());
            grace.setKnownAs("Grace Hopper");
            v2.contacts.save(grace);
            assertEquals("Grace Hopper", v2.personWithEmail("grace@navy.example").displayName());
        }
        try (var backups = Files.list(workspace.resolve("backups"))) {
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().contains("contacts-v1-v4")),
                    "the version 1 database was backed up before the upgrade");
        }
    }
}
