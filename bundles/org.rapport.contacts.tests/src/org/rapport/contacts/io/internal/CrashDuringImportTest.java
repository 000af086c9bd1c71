package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.io.ImportResult;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestDatabases;

/**
 * An import killed with SIGKILL in the middle: the database opens, holds exactly the chunks committed before the
 * kill, and running the same file again imports only what is missing, without duplicating anyone.
 */
class CrashDuringImportTest {

    private static final int CHUNK = 500;

    @TempDir
    Path temp;

    @Test
    void killedImportKeepsCommittedChunksAndTheRerunImportsOnlyTheRest() throws Exception {
        Path file = temp.resolve("people.csv");
        int rows = BenchmarkData.writeCsv(file, 6L * 1024 * 1024, new Random(11));
        Path workspace = temp.resolve("workspace");
        TestDatabases.serverDatabaseOf(workspace);

        try (ChildJvm child = ChildJvm.start(CrashImportMain.class, temp.resolve("child"), workspace.toString(),
                file.toString(), Integer.toString(CHUNK))) {
            child.awaitLine("SUBTASK Committed up to line", 3, 120);
            child.kill();
            assertTrue(!child.transcript().contains("FINISHED"), "the child was killed before it finished:\n"
                    + child.transcript());
        }

        try (IoFixture io = new IoFixture(workspace)) {
            int committed = io.count();
            assertTrue(committed >= 3 * CHUNK && committed < rows, committed + " of " + rows + " people");
            assertEquals(0, committed % CHUNK, "only whole chunks were committed: " + committed);
            assertEquals(committed, events(io), "every committed person has their import event, no more");
            assertEquals(committed + 1, journalLine(io, file), "the journal's line is the last committed row's");

            ImportResult rerun = io.importFile(file);

            assertEquals(committed, rerun.alreadyImported(), rerun.summary());
            assertEquals(rows - committed, rerun.created(), rerun.summary());
            assertEquals(rows, io.count());
            Set<String> emails = new HashSet<>();
            for (String email : emails(io)) {
                assertTrue(emails.add(email), "nobody was imported twice: " + email);
            }
            assertEquals(rows, emails.size());
        }
    }

    private static java.util.List<String> emails(IoFixture io) {
        EntityManager em = io.access.createEntityManager();
        try {
            return em.createQuery("SELECT e.address FROM Person p JOIN p.emails e", String.class).getResultList();
        } finally {
            em.close();
        }
    }

    private static long events(IoFixture io) {
        EntityManager em = io.access.createEntityManager();
        try {
            return em.createQuery("SELECT COUNT(e) FROM ContactEvent e WHERE e.kind = 'imported'", Long.class)
                    .getSingleResult();
        } finally {
            em.close();
        }
    }

    private static long journalLine(IoFixture io, Path file) {
        EntityManager em = io.access.createEntityManager();
        try {
            String sha = InputFileScanner.scan(file, null, null).sha256();
            return em.find(ImportJournalEntry.class, sha).lastCommittedLine();
        } finally {
            em.close();
        }
    }
}
