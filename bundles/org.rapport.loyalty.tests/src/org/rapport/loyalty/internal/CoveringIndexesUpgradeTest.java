package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.StandaloneLoyalty;

/**
 * A loyalty database of schema version 1 (entries indexed by member and day only, open lots by program and day) opened
 * by this build: it is backed up and upgraded to version 2's covering indexes, and its ledger is kept.
 */
class CoveringIndexesUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void aVersion1DatabaseGetsTheCoveringIndexesAndKeepsItsLedger() throws Exception {
        Path workspace = temp.resolve("workspace");
        long programId;
        try (StandaloneLoyalty v2 = StandaloneLoyalty.openIn(workspace)) {
            Program program = v2.programs().create(new ProgramDraft("Shop", "EUR", BigDecimal.ONE, 0, 12,
                    new BigDecimal("0.01"), null, List.of()));
            programId = program.id();
            v2.programs().enroll(programId, 1, LocalDate.of(2025, 1, 1));
            v2.ledger().earn(new Purchase(programId, 1, LocalDate.of(2025, 1, 10), new BigDecimal("120"), "EUR", "P1"));
            assertTrue(indexes(v2, "LOY_ENTRY").contains("IX_LOY_ENTRY_MEMBER"), "a new database has them at once");
            execute(v2, "DROP INDEX IX_LOY_ENTRY_MEMBER", "DROP INDEX IX_LOY_ENTRY_PROGRAM_DAY",
                    "DROP INDEX IX_LOY_LOT_EXPIRING", "CREATE INDEX IX_LOY_ENTRY_MEMBER_DAY ON LOY_ENTRY (MEMBER_ID, DAY)",
                    "CREATE INDEX IX_LOY_LOT_OPEN ON LOY_LOT (PROGRAM_ID, OPEN_UNTIL)",
                    "UPDATE RAPPORT_SCHEMA SET SCHEMA_VERSION = 1, TABLES_VERSION = 1 WHERE UNIT_NAME = 'loyalty'");
        }

        try (StandaloneLoyalty upgraded = StandaloneLoyalty.openIn(workspace)) {
            assertEquals(120, upgraded.ledger().statement(programId, 1, LocalDate.of(2025, 2, 1)).available());
            List<String> entryIndexes = indexes(upgraded, "LOY_ENTRY");
            assertTrue(entryIndexes.containsAll(List.of("IX_LOY_ENTRY_MEMBER", "IX_LOY_ENTRY_PROGRAM_DAY")),
                    entryIndexes.toString());
            assertFalse(entryIndexes.contains("IX_LOY_ENTRY_MEMBER_DAY"), entryIndexes.toString());
            List<String> lotIndexes = indexes(upgraded, "LOY_LOT");
            assertTrue(lotIndexes.contains("IX_LOY_LOT_EXPIRING"), lotIndexes.toString());
            assertFalse(lotIndexes.contains("IX_LOY_LOT_OPEN"), lotIndexes.toString());
            assertEquals(120, upgraded.ledger().expire(programId, LocalDate.of(2026, 2, 1)).points(),
                    "the expiry run finds its lots through the new index");
        }
        try (var backups = Files.list(workspace.resolve("backups"))) {
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().contains("loyalty-v1-v2")),
                    "the version 1 database was backed up before the upgrade");
        }
    }

    private static void execute(StandaloneLoyalty loyalty, String... sql) throws SQLException {
        EntityManager em = loyalty.unit().createEntityManager();
        try {
            em.getTransaction().begin();
            try (Statement s = em.unwrap(Connection.class).createStatement()) {
                for (String one : sql) {
                    s.executeUpdate(one);
                }
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** The names of a table's indexes, upper case. */
    private static List<String> indexes(StandaloneLoyalty loyalty, String table) throws SQLException {
        EntityManager em = loyalty.unit().createEntityManager();
        try {
            em.getTransaction().begin();
            List<String> names = new ArrayList<>();
            DatabaseMetaData meta = em.unwrap(Connection.class).getMetaData();
            try (ResultSet r = meta.getIndexInfo(null, null, table, false, false)) {
                while (r.next()) {
                    if (r.getString("INDEX_NAME") != null) {
                        names.add(r.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            em.getTransaction().commit();
            return names;
        } finally {
            em.close();
        }
    }
}
