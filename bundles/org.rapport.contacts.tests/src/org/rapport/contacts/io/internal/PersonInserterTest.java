package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.persistence.access.Audited;

/**
 * The import writes new people with JDBC batches instead of {@code em.persist}: these tests make sure the rows are
 * exactly what JPA reads and writes (every column of every table, versions, audit fields, ids from the same
 * sequence), so a change of the entity mappings that the inserter misses fails here.
 */
class PersonInserterTest {

    private static final Map<String, String> STATEMENTS = Map.of("CONTACT_PERSON", PersonInserter.PERSON,
            "CONTACT_EMAIL", PersonInserter.EMAIL, "CONTACT_PHONE", PersonInserter.PHONE, "CONTACT_ADDRESS",
            PersonInserter.ADDRESS, "CONTACT_SOCIAL_PROFILE", PersonInserter.PROFILE, "CONTACT_MEMBERSHIP",
            PersonInserter.MEMBERSHIP, "CONTACT_TAG", PersonInserter.TAG, "CONTACT_CUSTOM_VALUE", PersonInserter.CUSTOM,
            "CONTACT_EVENT", PersonInserter.EVENT);

    @TempDir
    Path temp;
    private IoFixture io;

    @BeforeEach
    void open() {
        io = new IoFixture(temp.resolve("workspace"));
    }

    @AfterEach
    void close() {
        io.close();
    }

    @Test
    void everyColumnOfThePersonTablesIsWritten() throws Exception {
        io.count();
        EntityManager em = io.access.createEntityManager();
        try {
            em.getTransaction().begin();
            Connection c = em.unwrap(Connection.class);
            for (Map.Entry<String, String> table : STATEMENTS.entrySet()) {
                List<String> missing = new ArrayList<>();
                for (String column : columns(c, table.getKey())) {
                    if (!table.getValue().matches("(?s).*[ (]" + column + "[,)].*")) {
                        missing.add(column);
                    }
                }
                assertEquals(List.of(), missing, table.getKey() + " has columns the import does not write: the entity"
                        + " mapping changed; update PersonInserter");
            }
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
    }

    @Test
    void importedPeopleHaveVersionAuditFieldsAndIdsThatTheServiceWorksWith() throws Exception {
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "First Name,Last Name,Email\nAda,Lovelace,ada@analytical.example\n"
                + "Grace,Hopper,grace@navy.example\n");
        Instant before = Instant.now().minusSeconds(1);

        io.importFile(file);

        Person ada = io.personWithEmail("ada@analytical.example");
        assertTrue(ada.getVersion() > 0, "a version the optimistic lock can compare");
        assertTrue(Duration.between(before, ada.getCreatedAt()).abs().toMinutes() < 5, ada.getCreatedAt().toString());
        assertEquals(Audited.currentUser(io.access.emf()), ada.getCreatedBy(), "who is working");
        assertEquals("lovelace ada", ada.getSortName());

        Person edited = ada.copy();
        edited.getPhones().add(new PhoneNumber("mobile", "+44 7700 900123"));
        Person saved = io.contacts.save(edited);
        assertEquals(ada.getVersion() + 1, saved.getVersion());
        Person stale = ada.copy();
        stale.setNotes("edited from an old copy");
        org.junit.jupiter.api.Assertions.assertThrows(ConcurrentEditException.class, () -> io.contacts.save(stale),
                "the version of an imported person protects against lost updates like any other");

        Person created = io.contacts.save(new Person("Alan", "Turing"));
        assertNotEquals(ada.getId(), created.getId());
        assertNotEquals(io.personWithEmail("grace@navy.example").getId(), created.getId(),
                "JPA and the import draw ids from the same sequence");
    }

    /** The table's columns from the JDBC metadata, upper case (Derby keeps names upper case, PostgreSQL lower). */
    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rows = c.getMetaData().getColumns(null, null, name, null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        assertTrue(!columns.isEmpty(), "table " + table + " exists");
        return columns;
    }
}
