package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.Sex;

/**
 * Files that are broken the ways real files are: every bad row is reported with its line, field and reason (in the
 * result and the report file) and the rest is imported; files that cannot be read at all are refused with a message
 * that says what to do.
 */
class BrokenFilesTest {

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
    void badQuotesCostOnlyTheirOwnLine() throws Exception {
        Path file = IoFixture.data("broken/bad-quotes.csv", temp);

        ImportResult result = io.importFile(file);

        assertEquals(3, result.created(), result.problems().toString());
        assertEquals(2, result.rejected(), result.problems().toString());
        assertProblem(result, 3, "", "never closed");
        assertProblem(result, 6, "", "text after its closing quote");
        assertEquals("Likes \"engines\", and tea", io.personWithEmail("ada@analytical.example").getNotes());
        assertEquals("Multi-line\nnote is fine", io.personWithEmail("grace@navy.example").getNotes());
        io.personWithEmail("alan@bletchley.example");
        List<String> report = Files.readAllLines(result.report());
        assertEquals(file.resolveSibling("bad-quotes.csv.import-report.csv"), result.report(), "the report is beside the file");
        assertEquals("\uFEFFLine,Field,Value,Problem,Outcome", report.get(0));
        assertTrue(report.get(1).startsWith("3,,,\"a quoted value starts in this line"), report.toString());
        assertTrue(report.get(1).endsWith(",row not imported"), report.get(1));
    }

    @Test
    void rowsWithTooFewOrTooManyValuesAreRejected() throws Exception {
        Path file = IoFixture.data("broken/wrong-columns.csv", temp);

        ImportResult result = io.importFile(file);

        assertEquals(2, result.created());
        assertProblem(result, 3, "", "has 3 values but the header has 4 columns");
        assertProblem(result, 4, "", "has 6 values but the header has 4 columns");
    }

    @Test
    void invalidValuesAreReportedAtTheirColumnAndLeftOutWhileTheRestOfTheRowIsImported() throws Exception {
        Path file = IoFixture.data("broken/invalid-values.csv", temp);

        ImportResult result = io.importFile(file);

        assertEquals(8, result.created(), result.problems().toString());
        assertEquals(0, result.rejected(), result.problems().toString());
        assertEquals(6, result.valuesSkipped());
        assertProblem(result, 3, "Email", "'grace(at)navy.example' is not an email address; the rest of the row is imported");
        assertProblem(result, 4, "Birth Date", "'31.02.1912' is not a date in any of the formats");
        assertProblem(result, 5, "Income Band", "'Z' is not an income band");
        assertProblem(result, 6, "Sex", "'maybe' is not a sex");
        assertProblem(result, 7, "Birth Date", "2199-01-01 is in the future");
        assertProblem(result, 8, "Mastodon Followers", "not a follower count");
        assertTrue(result.problems().stream().noneMatch(ImportProblem::rejected), result.problems().toString());
        assertEquals(1200, io.personWithEmail("ada@analytical.example").getSocialProfiles().get(0).getFollowers());
        Person grace = io.everyone().stream().filter(p -> p.getLastName().equals("Hopper")).findFirst().orElseThrow();
        assertEquals(List.of(), grace.getEmails(), "the broken email is left out, Grace is imported");
        assertEquals(java.time.LocalDate.of(1906, 12, 9), grace.getBirthDate());
        Person alan = io.personWithEmail("alan@bletchley.example");
        assertNull(alan.getBirthDate());
        assertEquals(Sex.MALE, alan.getSex());
        assertNull(io.personWithEmail("katherine@langley.example").getIncomeBand());
        assertEquals(Sex.UNSPECIFIED, io.personWithEmail("hedy@frequency.example").getSex());
        assertNull(io.personWithEmail("margaret@apollo.example").getBirthDate());
        Person joan = io.personWithEmail("joan@bletchley.example");
        assertEquals("mastodon|@joan@mastodon.social|0", joan.getSocialProfiles().stream()
                .map(s -> s.getNetwork() + "|" + s.getHandle() + "|" + s.getFollowers()).findFirst().orElseThrow(),
                "the profile is kept without the wrong follower count");
        assertEquals(6, result.problemCount());
        List<String> report = Files.readAllLines(result.report());
        assertEquals(1 + 6, report.size(), "a header and one line per problem");
        assertTrue(report.stream().skip(1).allMatch(l -> l.endsWith(",value left out")), report.toString());
    }

    @Test
    void aValueThatIsKeptButChangedIsReportedAsChanged() throws Exception {
        Path file = temp.resolve("long.csv");
        String longName = "Augusta" + "a".repeat(143);
        Files.writeString(file, "First Name,Last Name,Email,Tags\n" + longName + ",Lovelace,ada@analytical.example,"
                + "t".repeat(70) + "\n");

        ImportResult result = io.importFile(file);

        assertEquals(1, result.created(), result.problems().toString());
        Person ada = io.personWithEmail("ada@analytical.example");
        assertEquals(longName.substring(0, 100), ada.getFirstName(), "the name is kept, shortened to its field");
        assertEquals(List.of("t".repeat(64)), ada.getTags());
        ImportProblem shortened = result.problems().stream().filter(p -> p.field().equals("First Name")).findFirst()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
        assertTrue(shortened.changed() && !shortened.rejected(), shortened.toString());
        assertTrue(shortened.reason().contains("shortened to its first 100 characters (it has 150)"), shortened.reason());
        assertTrue(shortened.toString().endsWith("(value changed)"), shortened.toString());
        assertTrue(result.problems().stream().anyMatch(p -> p.field().equals("tags") && p.changed()),
                result.problems().toString());
        assertTrue(Files.readAllLines(result.report()).get(1).endsWith(",value changed"), "the report says so");
    }

    @Test
    void aRowIsRefusedOnlyWhenNothingIdentifiesThePerson() throws Exception {
        Path file = temp.resolve("nameless.csv");
        Files.writeString(file, "First Name,Last Name,Email,Birth Date\n,,not-an-email,1815-12-10\n"
                + "Ada,Lovelace,also wrong,1815-12-10\n");

        ImportResult result = io.importFile(file);

        assertEquals(1, result.created(), result.problems().toString());
        assertEquals(1, result.rejected());
        assertProblem(result, 2, "Email", "'not-an-email' is not an email address");
        assertProblem(result, 2, "", "nothing identifies the person");
        assertEquals(java.time.LocalDate.of(1815, 12, 10), io.everyone().get(0).getBirthDate(),
                "a historic birth date is a date");
    }

    @Test
    void windows1252FileReadAsUtf8IsRefusedWithTheLineAndTheRightEncoding() throws Exception {
        Path file = IoFixture.data("broken/windows-1252.csv", temp);
        ImportSettings utf8 = ImportSettings.defaults().withEncoding(StandardCharsets.UTF_8);

        ImportException refused = assertThrows(ImportException.class, () -> io.importFile(file, utf8));

        assertEquals(ImportException.Reason.ENCODING, refused.reason());
        assertTrue(refused.getMessage().contains("Line 3 has bytes that are not UTF-8 text"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'ü' in Windows-1252"), refused.getMessage());
        assertTrue(refused.getMessage().contains("import it with the encoding windows-1252"), refused.getMessage());
        assertEquals(0, io.count(), "nothing was written");

        FileLayout layout = io.importer.inspect(file, utf8);
        assertFalse(layout.readable());
        assertEquals(InputFileScanner.WINDOWS_1252, layout.suggestedEncoding());

        FileLayout detected = io.importer.inspect(file, ImportSettings.defaults());
        assertTrue(detected.readable(), detected.encodingProblem());
        assertEquals(InputFileScanner.WINDOWS_1252, detected.encoding(), "without a chosen encoding it is detected");
        assertTrue(detected.encodingNote().contains("line 3 is not UTF-8"), detected.encodingNote());

        ImportResult result = io.importFile(file, ImportSettings.defaults().withEncoding(InputFileScanner.WINDOWS_1252));
        assertEquals(3, result.created());
        assertEquals("Müller", io.personWithEmail("j.mueller@muellersoehne.example").getLastName());
    }

    @Test
    void vcardBytesAreReadInTheirPropertysCharsetElseDetectedElseRefused() throws Exception {
        Path plain = temp.resolve("plain-1252.vcf");
        Files.write(plain, "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;Jürgen\r\nEMAIL:j@m.example\r\nEND:VCARD\r\n"
                .getBytes("windows-1252"));

        ImportResult detected = io.importFile(plain);

        assertEquals(1, detected.created(), detected.problems().toString());
        assertEquals(InputFileScanner.WINDOWS_1252, detected.encoding(), "a vCard naming no charset is detected too");
        assertTrue(detected.encodingNote().contains("line 3 is not UTF-8"), detected.encodingNote());
        assertEquals("Jürgen Müller", io.personWithEmail("j@m.example").displayName());

        Path lying = temp.resolve("lying.vcf");
        Files.write(lying, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=US-ASCII:Müller;Jürgen\r\nEND:VCARD\r\n"
                .getBytes("windows-1252"));
        ImportException refused = assertThrows(ImportException.class, () -> io.importFile(lying));
        assertEquals(ImportException.Reason.ENCODING, refused.reason());
        assertTrue(refused.getMessage().contains("Line 3 says CHARSET=US-ASCII but its bytes FC are not US-ASCII text"),
                refused.getMessage());
        assertEquals(1, io.count());
    }

    @Test
    void utf8FileReadAsWindows1252IsRefusedInsteadOfGarbled() throws Exception {
        Path file = IoFixture.data("broken/utf-8.csv", temp);

        ImportException refused = assertThrows(ImportException.class,
                () -> io.importFile(file, ImportSettings.defaults().withEncoding(InputFileScanner.WINDOWS_1252)));

        assertEquals(ImportException.Reason.ENCODING, refused.reason());
        assertTrue(refused.getMessage().contains("Line 3 has accented letters written as UTF-8"), refused.getMessage());
    }

    @Test
    void truncatedAndInvalidCardsAreReportedAndTheOthersImported() throws Exception {
        Path file = IoFixture.data("broken/truncated.vcf", temp);

        ImportResult result = io.importFile(file);

        assertEquals(3, result.created(), result.problems().toString());
        assertEquals(2, result.rejected(), result.problems().toString());
        assertProblem(result, 7, "", "no END:VCARD before the next card");
        assertProblem(result, 12, "BDAY", "'not a date' is not a date");
        assertProblem(result, 19, "EMAIL", "'bad email@nowhere' is not an email address; the rest of the row is imported");
        assertProblem(result, 24, "", "the file ends inside this card");
        io.personWithEmail("ada@analytical.example");
        assertNull(io.personWithEmail("alan@bletchley.example").getBirthDate(), "Alan without the broken birthday");
        assertTrue(io.everyone().stream().anyMatch(p -> p.displayName().equals("Bad Email") && p.getEmails().isEmpty()),
                "the card with a broken email is imported by its name");
    }

    @Test
    void filesThatAreNoContactsAreRefused() throws Exception {
        Path missing = temp.resolve("nowhere.csv");
        assertEquals(ImportException.Reason.NOT_FOUND,
                assertThrows(ImportException.class, () -> io.importFile(missing)).reason());

        Path picture = temp.resolve("contacts.csv");
        Files.write(picture, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
        ImportException binary = assertThrows(ImportException.class, () -> io.importFile(picture));
        assertEquals(ImportException.Reason.NOT_CONTACTS, binary.reason());
        assertTrue(binary.getMessage().contains("holds binary data"), binary.getMessage());

        Path notVcard = IoFixture.data("broken/not-a-vcard.vcf", temp);
        ImportException text = assertThrows(ImportException.class, () -> io.importFile(notVcard));
        assertEquals(ImportException.Reason.NOT_CONTACTS, text.reason());
        assertTrue(text.getMessage().contains("holds no vCard"), text.getMessage());
        assertEquals(0, io.count());
    }

    @Test
    void fiftyMegabytesWithoutALineBreakAreRefusedQuicklyWithoutFillingMemory() throws Exception {
        Path file = temp.resolve("huge-line.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,Email\n");
            out.write("Ada,Lovelace,ada@analytical.example\n");
            out.write("\"");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'x');
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        long started = System.nanoTime();

        ImportResult result = io.importFile(file);

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("50 MB single unclosed quote: refused in %d ms%n", millis);
        assertEquals(1, result.created());
        assertEquals(1, result.rejected());
        assertProblem(result, 3, "", "never closed");
    }

    @Test
    void fiftyMegabytesOfRowsArePreviewedAndImportedInChunks() throws Exception {
        Path file = temp.resolve("fifty-mb.csv");
        int rows = BenchmarkData.writeCsv(file, 50L * 1024 * 1024, new Random(7));
        assertTrue(Files.size(file) >= 50L * 1024 * 1024);

        long started = System.nanoTime();
        ImportResult preview = io.importer.preview(file, ImportSettings.defaults(), new NullProgressMonitor());
        long previewMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        ImportResult result = io.importFile(file, ImportSettings.defaults().withChunkSize(2_000));
        long importMillis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("50 MB CSV, %,d rows: preview %,d ms, import %,d ms (%,.0f rows/s)%n", rows, previewMillis,
                importMillis, rows * 1000.0 / importMillis);
        assertEquals(rows, preview.created());
        assertEquals(rows, result.created(), result.problems().toString());
        assertEquals(rows, io.count());
        assertEquals(0, result.rejected());
    }

    private static void assertProblem(ImportResult result, long line, String field, String reason) {
        for (ImportProblem problem : result.problems()) {
            if (problem.line() == line && problem.field().equals(field) && problem.reason().contains(reason)) {
                return;
            }
        }
        throw new AssertionError("no problem at line " + line + ", field '" + field + "' saying '" + reason + "'; problems:\n"
                + String.join("\n", result.problems().stream().map(ImportProblem::toString).toList()));
    }
}
