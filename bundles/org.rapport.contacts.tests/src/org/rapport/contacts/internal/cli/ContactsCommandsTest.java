package org.rapport.contacts.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.io.StandaloneContacts;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.testing.TestDatabases;

/**
 * rapport-cli import and export as a script sees them: output and exit codes, on the contacts services of a database
 * of their own (the commands are given the services; in the product DS injects them).
 */
class ContactsCommandsTest {

    @TempDir
    Path temp;
    private StandaloneContacts contacts;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        contacts = StandaloneContacts.on(TestDatabases.create(temp.resolve("workspace")));
    }

    @AfterEach
    void close() {
        contacts.close();
    }

    @Test
    void importPrintsCountsAndTheReportAndExitsZeroDespiteRejectedRows() throws Exception {
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "First Name,Last Name,Email\nAda,Lovelace,ada@analytical.example\n"
                + "Grace,Hopper,grace(at)navy.example\nAlan,Turing,alan@bletchley.example\n");

        assertEquals(0, importing(file.toString()), stderr());

        assertTrue(stdout().contains("Imported people.csv (CSV):"), stdout());
        assertTrue(stdout().contains("created:   3"), stdout());
        assertTrue(stdout().contains("rejected:  0"), stdout());
        assertTrue(stdout().contains("values left out: 1"), stdout());
        assertTrue(stdout().contains("Report: " + temp.resolve("people.csv.import-report.csv")), stdout());
        assertTrue(stderr().contains("line 3, Email: 'grace(at)navy.example' is not an email address; the rest of the"
                + " row is imported (value skipped)"), stderr());
        assertEquals(3, contacts.contacts().count(ContactQuery.ALL));
    }

    @Test
    void dryRunWritesNothingAndOptionsAreApplied() throws Exception {
        Path file = temp.resolve("outlook.csv");
        Files.write(file, "First Name;Last Name;E-mail Address;Birthday\r\nJürgen;Müller;j@m.example;02.04.1971\r\n"
                .getBytes("windows-1252"));

        assertEquals(0, importing(file.toString(), "--dry-run", "--encoding", "windows-1252", "--mapping", "outlook",
                "--date-format", "dd.MM.yyyy", "--format", "csv", "--report", temp.resolve("r.csv").toString()), stderr());

        assertTrue(stdout().contains("Would import outlook.csv (CSV):"), stdout());
        assertTrue(stdout().contains("created:   1"), stdout());
        assertEquals(0, contacts.contacts().count(ContactQuery.ALL), "a dry run writes nothing");
        assertTrue(Files.exists(temp.resolve("r.csv")), "the report goes where asked");
    }

    @Test
    void unreadableFilesAndWrongArgumentsHaveTheirOwnExitCodes() throws Exception {
        assertEquals(6, importing(temp.resolve("missing.csv").toString()));
        assertTrue(stderr().contains("missing.csv does not exist"), stderr());

        Path latin = temp.resolve("latin.csv");
        Files.write(latin, "Name,Email\nJürgen Müller,j@m.example\n".getBytes("windows-1252"));
        assertEquals(6, importing(latin.toString(), "--encoding", "UTF-8"));
        assertTrue(stderr().contains("import it with the encoding windows-1252"), stderr());

        Path neither = temp.resolve("neither.csv");
        Files.write(neither, new byte[] { 'N', 'a', 'm', 'e', '\n', 'J', (byte) 0xFC, 'r', 'g', 'e', 'n', (byte) 0x81, '\n' });
        assertEquals(6, importing(neither.toString()), "bytes that are neither UTF-8 nor Windows-1252 are refused");
        assertTrue(stderr().contains("Line 2 has bytes that are not UTF-8 text (bytes FC"), stderr());
        assertTrue(stderr().contains("bytes that are not Windows-1252 text either (bytes 81"), stderr());
        assertEquals(0, contacts.contacts().count(ContactQuery.ALL));

        out.reset();
        assertEquals(0, importing(latin.toString()), "without --encoding a Windows-1252 file is detected");
        assertTrue(stdout().contains("  encoding:  read as Windows-1252"), stdout());
        assertEquals("Jürgen Müller", contacts.contacts().person(contacts.contacts().ids(ContactQuery.ALL)[0])
                .orElseThrow().displayName());

        assertEquals(2, importing());
        assertEquals(2, importing(latin.toString(), "--format", "xml"));
        assertEquals(2, importing(latin.toString(), "--mapping", "yahoo"));
        assertEquals(2, importing(latin.toString(), "--frobnicate"));
    }

    @Test
    void aFileWhoseEveryRowIsRejectedFails() throws Exception {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, "First Name,Email\n,not-an-email\n,also wrong\n");

        assertEquals(1, importing(file.toString()));

        assertTrue(stderr().contains("nothing was imported: all 2 rows were rejected"), stderr());
    }

    @Test
    void exportWritesTheFormatOfTheExtensionAndFiltersByPrefix() throws Exception {
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "First Name,Last Name,Email\nAda,Lovelace,ada@analytical.example\n"
                + "Alan,Turing,alan@bletchley.example\n");
        importing(file.toString());
        out.reset();

        ExportCommand export = new ExportCommand(contacts.exporter());
        assertEquals(0, run(export, temp.resolve("all.vcf").toString()));
        assertTrue(stdout().contains("Exported 2 people to " + temp.resolve("all.vcf") + " (vCard)"), stdout());
        assertTrue(Files.readString(temp.resolve("all.vcf")).contains("FN:Alan Turing"));

        out.reset();
        assertEquals(0, run(export, temp.resolve("t.txt").toString(), "--format", "csv", "--prefix", "turing"));
        assertTrue(stdout().contains("Exported 1 people"), stdout());
        assertFalse(Files.readString(temp.resolve("t.txt")).contains("Lovelace"));
    }

    private int importing(String... args) {
        return run(new ImportCommand(contacts.importer()), args);
    }

    /** Runs a command as the command line does: a wrong usage is exit code 2. */
    private int run(CliCommand command, String... args) {
        try {
            return command.run(List.of(args), CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8))).code();
        } catch (UsageException e) {
            err.writeBytes((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return ExitCode.USAGE.code();
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
