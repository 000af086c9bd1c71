package org.rapport.contacts.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.TestDatabases;

/**
 * The first import into a new workspace, run as {@code rapport-cli import} runs it in a process of its own: what the
 * terminal shows is the import's own words (counts, report, problems), nothing of the database's creation.
 */
class ImportOutputTest {

    /** Every line {@code rapport-cli import} itself prints. */
    private static final Pattern IMPORT_WORDS = Pattern.compile("(Importing |Imported |Would import |  created: |  updated: "
            + "|  unchanged: |  rejected: |  values left out: |  encoding: |Report: |  line |EXIT ).*");

    @TempDir
    Path temp;

    @Test
    void theFirstImportIntoAFreshWorkspacePrintsOnlyTheImportsWords() throws Exception {
        Path file = temp.resolve("people.csv");
        Files.write(file, "First Name,Last Name,E-mail Address,Birthday\r\nJürgen,Müller,j@m.example,1815-12-10\r\nAda,,not-an-email,\r\n"
                .getBytes("windows-1252"));
        Path workspace = temp.resolve("fresh-workspace");
        TestDatabases.serverDatabaseOf(workspace);

        String transcript;
        try (ChildJvm child = ChildJvm.start(CliImportMain.class, temp.resolve("child"), workspace.toString(),
                file.toString())) {
            child.awaitLine("EXIT", 180);
            transcript = child.transcript();
        }

        List<String> lines = transcript.lines().filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            assertTrue(IMPORT_WORDS.matcher(line).matches(), "a line that is not the import's: '" + line
                    + "'; all output:\n" + transcript);
        }
        assertTrue(lines.contains("EXIT 0"), transcript);
        assertTrue(lines.contains("  created:   2"), transcript);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  encoding:  read as Windows-1252")),
                "the import says which encoding it chose: " + transcript);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  line 3, E-mail Address: 'not-an-email' is not an email")),
                transcript);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Imported people.csv (CSV):")).count(), transcript);
        assertTrue(Files.readString(temp.resolve("people.csv.import-report.csv"), StandardCharsets.UTF_8)
                .contains("value left out"));
    }
}
