package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ColumnTarget;
import org.rapport.contacts.io.ContactField;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.MappingPreset;
import org.rapport.contacts.io.PlannedContact;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.Sex;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.testing.TestDatabases;

/** CSV files as Google Contacts and Outlook write them, and hand-made ones, imported into a real Derby. */
class CsvImportTest {

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
    void googleContactsExportBecomesPeopleWithLabelsTagsAndProfiles() throws Exception {
        Path file = IoFixture.data("google-contacts.csv", temp);

        FileLayout layout = io.importer.inspect(file, ImportSettings.defaults());
        assertEquals(MappingPreset.GOOGLE, layout.preset(), "the Google header is recognized");
        assertTrue(layout.header());
        assertEquals(3, layout.sampleRows().size());

        ImportResult result = io.importFile(file);

        assertEquals(3, result.created(), result.problems().toString());
        assertEquals(0, result.rejected(), result.problems().toString());
        Person ada = io.personWithEmail("ada@analytical.example");
        assertEquals("Ada", ada.getFirstName());
        assertEquals("Lovelace", ada.getLastName());
        assertEquals(LocalDate.of(1985, 12, 10), ada.getBirthDate());
        assertEquals(Sex.FEMALE, ada.getSex());
        assertEquals(List.of("work|ada@analytical.example", "home|ada.l@mail.example", "home|ada@old-mail.example"),
                ada.getEmails().stream().map(e -> e.getLabel() + "|" + e.getAddress()).toList(),
                "Google's ' ::: ' separated values become separate emails with the group's label");
        assertEquals("mobile", ada.getPhones().get(0).getLabel());
        assertEquals("London", ada.getAddresses().get(0).getCity());
        assertEquals("12 Marylebone Rd", ada.getAddresses().get(0).getStreet());
        assertEquals(List.of("customers", "vip"), ada.getTags(), "system groups like myContacts are no tags");
        assertEquals("Analytical Engines Ltd", ada.getMemberships().get(0).getOrganizationName());
        assertEquals("Mathematician", ada.getMemberships().get(0).getRole());
        assertTrue(ada.getMemberships().get(0).getOrganizationId() > 0, "the organization was created");
        assertEquals("mastodon|@ada@mastodon.social", profile(ada, 0), "the website is recognized as a Mastodon profile");
        assertTrue(ada.getNotes().contains("Wants the brochure."));

        Person grace = io.personWithEmail("grace@navy.example");
        assertEquals("Grace Brewster", grace.getFirstName(), "the additional name joins the first name");
        assertNull(grace.getBirthDate(), "a birthday without year cannot be stored");
        assertEquals(2, grace.getPhones().size());
        assertEquals("linkedin|gracehopper", profile(grace, 0));
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 6 && p.field().equals("Birthday")
                && !p.rejected() && p.reason().contains("without a year")), result.problems().toString());

        Person alan = io.personWithEmail("alan@bletchley.example");
        assertEquals("Bletchley Park, Sherwood Dr, Bletchley MK3 6EB", alan.getAddresses().get(0).getStreet(),
                "the formatted address is kept when the street is empty");
        assertEquals(List.of("prospects"), alan.getTags());

        List<ContactEventEntity> events = io.events(ada.getId());
        assertEquals(1, events.size());
        assertEquals("imported", events.get(0).getKind());
        assertEquals("Imported from google-contacts.csv", events.get(0).getTitle());
    }

    @Test
    void newGoogleLayoutWithLabelsColumnIsRecognizedToo() throws Exception {
        Path file = IoFixture.data("google-contacts-2024.csv", temp);

        ImportResult result = io.importFile(file);

        assertEquals(2, result.created(), result.problems().toString());
        Person katherine = io.personWithEmail("katherine@langley.example");
        assertEquals("NASA Langley", katherine.getOrganizationName());
        assertEquals("bluesky|katherine.bsky.social", profile(katherine, 0));
        assertEquals(List.of("customers"), katherine.getTags());
        assertEquals("VA", katherine.getAddresses().get(0).getRegion());
    }

    @Test
    void outlookExportInWindows1252WithUsDatesAndEmptyDates() throws Exception {
        Path file = IoFixture.data("outlook-contacts.csv", temp);

        ImportResult result = io.importFile(file, ImportSettings.defaults().withEncoding(InputFileScanner.WINDOWS_1252));

        assertEquals(2, result.created(), result.problems().toString());
        assertEquals(0, result.rejected(), result.problems().toString());
        Person juergen = io.personWithEmail("j.mueller@muellersoehne.example");
        assertEquals("Jürgen", juergen.getFirstName());
        assertEquals("Müller", juergen.getLastName());
        assertEquals(LocalDate.of(1971, 4, 2), juergen.getBirthDate(), "Outlook writes M/d/yyyy");
        assertEquals(Sex.MALE, juergen.getSex());
        assertEquals("Müller & Söhne GmbH", juergen.getOrganizationName());
        assertEquals("Geschäftsführer", juergen.getMemberships().get(0).getRole());
        assertEquals("Königsallee 1, 3. OG", juergen.getAddresses().get(0).getStreet(), "street lines are joined");
        assertEquals("work", juergen.getAddresses().get(0).getLabel());
        assertEquals("Deutschland", juergen.getAddresses().get(0).getCountry());
        assertEquals(List.of("work|+49 211 5550100", "mobile|+49 171 5550101"),
                juergen.getPhones().stream().map(p -> p.getLabel() + "|" + p.getNumber()).toList());
        assertEquals("", juergen.getEmails().get(0).getLabel(), "SMTP is no label");
        assertEquals(List.of("kunde", "vip"), juergen.getTags());
        assertEquals("xing|Juergen_Mueller", profile(juergen, 0));
        assertTrue(juergen.getNotes().contains("Kaffee – am liebsten"), "the Windows-1252 dash survives");

        Person zoe = io.personWithEmail("zoe@angstrom.example");
        assertEquals("Ångström", zoe.getLastName());
        assertNull(zoe.getBirthDate(), "0/0/00 is Outlook's empty date");
        assertEquals(Sex.UNSPECIFIED, zoe.getSex());
        assertEquals("Göteborg", zoe.getCity());
        assertEquals(2, zoe.getEmails().size());
    }

    @Test
    void aRowThatMatchesAnExistingPersonUpdatesThemInsteadOfDuplicating() throws Exception {
        Person existing = new Person("Ada", "");
        existing.getEmails().add(new EmailAddress("work", "Ada@Analytical.Example"));
        existing.getSocialProfiles().add(new SocialProfile("bluesky", "ada.bsky.social", "", 10, false));
        existing.setNotes("Prefers email.");
        existing = io.contacts.save(existing);
        Person other = new Person("Grace", "Hopper");
        other.getSocialProfiles().add(new SocialProfile("mastodon", "@grace@hachyderm.io", "", 0, false));
        other = io.contacts.save(other);
        Path file = temp.resolve("update.csv");
        Files.writeString(file, """
                First Name,Last Name,Email,Mobile,Tags,Notes,Mastodon
                Ada,Lovelace,ada@analytical.example,+44 7700 900123,vip,Imported note,
                Grace,,,+1 202 555 0143,navy,,grace@hachyderm.io
                Alan,Turing,alan@bletchley.example,,,,
                Ada,,ada@analytical.example,,newsletter,,
                """);

        ImportResult preview = io.importer.preview(file, ImportSettings.defaults(), new NullProgressMonitor());
        assertEquals(List.of(PlannedContact.Action.UPDATE, PlannedContact.Action.UPDATE, PlannedContact.Action.CREATE,
                PlannedContact.Action.UPDATE), preview.sample().stream().map(PlannedContact::action).toList());
        assertEquals("email ada@analytical.example", preview.sample().get(0).matchedBy());
        assertEquals(List.of("name", "phones", "tags"), preview.sample().get(0).additions());
        assertEquals(2, io.count(), "a preview writes nothing");

        ImportResult result = io.importFile(file);

        assertEquals(1, result.created(), result.summary());
        assertEquals(3, result.updated(), result.summary() + " " + result.problems());
        assertEquals(3, io.count(), "Ada and Grace were updated, not duplicated");
        Person ada = io.contacts.person(existing.getId()).orElseThrow();
        assertEquals("Lovelace", ada.getLastName(), "an empty field is filled");
        assertEquals("Prefers email.", ada.getNotes(), "a field with a value keeps it");
        assertEquals(1, ada.getEmails().size(), "the same email in other case is not added again");
        assertEquals("+44 7700 900123", ada.getPrimaryPhone());
        assertEquals(List.of("newsletter", "vip"), ada.getTags());
        Person grace = io.contacts.person(other.getId()).orElseThrow();
        assertEquals("+1 202 555 0143", grace.getPrimaryPhone(), "matched by Mastodon handle without the @");
        assertEquals(List.of("navy"), grace.getTags());
        List<ContactEventEntity> events = io.events(ada.getId());
        assertEquals("imported", events.get(events.size() - 1).getKind());
        assertTrue(events.get(events.size() - 1).getDetail().contains("Added name, phones, tags from line 2"),
                events.get(events.size() - 1).getDetail());
    }

    @Test
    void runningTheSameFileAgainImportsNothingNewAndIgnoringTheJournalMatchesEveryone() throws Exception {
        Path file = IoFixture.data("google-contacts.csv", temp);
        io.importFile(file);

        ImportResult again = io.importFile(file);
        assertEquals(0, again.created());
        assertEquals(3, again.alreadyImported(), again.summary());
        assertEquals(3, io.count());

        ImportResult forced = io.importFile(file, ImportSettings.defaults().withIgnoreJournal(true));
        assertEquals(0, forced.created());
        assertEquals(3, forced.unchanged(), "matching finds everyone, who already has everything: " + forced.summary());
        assertEquals(3, io.count());
    }

    @Test
    void headerlessFileIsGuessedAndTheMappingCanBeChanged() throws Exception {
        Path file = temp.resolve("plain.csv");
        Files.writeString(file, "Ada,Lovelace,ada@analytical.example,+44 7700 900123\n"
                + "Grace,Hopper,grace@navy.example,+1 202 555 0143\n");

        FileLayout layout = io.importer.inspect(file, ImportSettings.defaults());
        assertFalse(layout.header(), "the first row holds an email: it is data");
        assertEquals(List.of("Column 1", "Column 2", "Column 3", "Column 4"), layout.columns());
        assertEquals(ContactField.FIRST_NAME, layout.mapping().target(0).field());
        assertEquals(ContactField.EMAIL, layout.mapping().target(2).field());
        assertEquals(ContactField.PHONE, layout.mapping().target(3).field());

        ColumnMapping mine = layout.mapping().with(1, ColumnTarget.of(ContactField.IGNORE));
        ImportResult result = io.importFile(file, ImportSettings.defaults().withMapping(mine));

        assertEquals(2, result.created(), result.problems().toString());
        assertEquals("", io.personWithEmail("grace@navy.example").getLastName(), "the ignored column is not imported");
    }

    @Test
    void semicolonsByteOrderMarkAndGermanHeadersAreDetected() throws Exception {
        Path file = IoFixture.data("broken/utf-8-bom.csv", temp);

        FileLayout layout = io.importer.inspect(file, ImportSettings.defaults());
        assertTrue(layout.byteOrderMark());
        assertEquals(';', layout.delimiter());
        assertEquals("Vorname", layout.columns().get(0), "the byte order mark is not part of the first name");

        ImportResult result = io.importFile(file);

        assertEquals(3, result.created(), result.problems().toString());
        assertEquals("Düsseldorf", io.personWithEmail("j.mueller@muellersoehne.example").getCity());
    }

    @Test
    void customDatePatternAndIncomeAndConsentColumns() throws Exception {
        Path file = temp.resolve("crm.csv");
        Files.writeString(file, """
                Name,Email,Date of birth,Income,Newsletter,Consent date,Owner,Language
                "Lovelace, Ada",ada@analytical.example,1985/12/10,B,yes,2024/03/01,anna.keller,en
                """);

        ImportResult result = io.importFile(file, ImportSettings.defaults().withDatePatterns(List.of("yyyy/MM/dd")));

        assertEquals(1, result.created(), result.problems().toString());
        Person ada = io.personWithEmail("ada@analytical.example");
        assertEquals("Ada", ada.getFirstName(), "'Last, First' is split the right way round");
        assertEquals(LocalDate.of(1985, 12, 10), ada.getBirthDate());
        assertEquals(IncomeBand.B, ada.getIncomeBand());
        assertTrue(ada.isMarketingOptIn());
        assertEquals(LocalDate.of(2024, 3, 1), ada.getConsentDate());
        assertEquals("anna.keller", ada.getOwner());
        assertEquals("en", ada.getLanguage());
    }

    @Test
    void cancellingKeepsTheCommittedChunksAndTheNextRunImportsTheRest() throws Exception {
        Path file = temp.resolve("many.csv");
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("Person,").append(i).append(",p").append(i).append("@example.com\n");
        }
        Files.writeString(file, csv);
        NullProgressMonitor cancelAfterFirstChunk = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name.startsWith("Committed up to line")) {
                    setCanceled(true);
                }
            }
        };

        ImportResult cancelled = io.importer.importFile(file, ImportSettings.defaults().withChunkSize(500),
                cancelAfterFirstChunk);

        assertTrue(cancelled.cancelled());
        assertEquals(500, cancelled.created(), cancelled.summary());
        assertEquals(501, cancelled.lastCommittedLine());
        assertEquals(500, io.count(), "the chunk in flight when the user cancelled is not written");
        assertTrue(cancelled.summary().contains("cancelled: run it again to import the rest"), cancelled.summary());

        ImportResult rest = io.importFile(file, ImportSettings.defaults().withChunkSize(500));

        assertEquals(500, rest.alreadyImported());
        assertEquals(1_500, rest.created());
        assertEquals(2_000, io.count());
    }

    @Test
    void aRowTheDatabaseRefusesIsRejectedWithItsReasonAndTheRowsAroundItAreImported() throws Exception {
        Path file = temp.resolve("refused.csv");
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        for (int i = 0; i < 35; i++) {
            csv.append(i == 13 ? "Mallory" : "Person").append(",").append(i).append(",p").append(i)
                    .append("@example.com\n");
        }
        Files.writeString(file, csv);
        // a rule of the database that the import's own checks do not know (as a team's administrator may add one)
        EntityManager em = io.access.createEntityManager();
        try {
            em.getTransaction().begin();
            try (Statement statement = em.unwrap(Connection.class).createStatement()) {
                statement.execute("ALTER TABLE CONTACT_PERSON ADD CONSTRAINT NO_MALLORY CHECK (FIRST_NAME <> 'Mallory')");
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        Path report = temp.resolve("refused-report.csv");

        ImportResult result = io.importFile(file, ImportSettings.defaults().withChunkSize(10).withReportFile(report));

        assertEquals(34, result.created(), result.summary());
        assertEquals(1, result.rejected(), result.summary());
        assertEquals(34, io.count(), "the refused row's chunk and the chunks after it are imported but for that row");
        assertEquals(36, result.lastCommittedLine());
        ImportProblem refused = result.problems().stream().filter(ImportProblem::rejected).findFirst().orElseThrow();
        assertEquals(15, refused.line());
        assertTrue(refused.reason().startsWith("the database refused the row: "), refused.reason());
        assertTrue(refused.reason().toUpperCase(java.util.Locale.ROOT).contains("NO_MALLORY"), refused.reason());
        assertTrue(Files.readAllLines(report).stream().anyMatch(line -> line.startsWith("15,")
                && line.contains("the database refused the row: ")), Files.readString(report));
        assertFalse(io.everyone().stream().anyMatch(p -> p.getFirstName().equals("Mallory")), io.describeEveryone());
        assertEquals("Person", io.personWithEmail("p14@example.com").getFirstName());
    }

    @Test
    void outlooksPersonalWebPageBecomesAProfileBesideTheBusinessOne() throws Exception {
        Path file = temp.resolve("outlook-web.csv");
        Files.writeString(file, "First Name,Last Name,E-mail Address,Web Page,Personal Web Page\n"
                + "Jane,Doe,jane@doe.example,https://www.xing.com/profile/Jane_Doe,https://jane.example\n");

        FileLayout layout = io.importer.inspect(file, ImportSettings.defaults());
        ImportResult result = io.importFile(file);

        assertEquals(MappingPreset.OUTLOOK, layout.preset());
        assertEquals(ContactField.WEBSITE, layout.mapping().target(4).field());
        assertEquals(1, result.created(), result.problems().toString());
        Person jane = io.personWithEmail("jane@doe.example");
        assertEquals(List.of("xing|Jane_Doe", "website|jane.example"),
                List.of(profile(jane, 0), profile(jane, 1)));
    }

    @Test
    void tablesLockedByAnotherUserStopTheImportWithAMessageAndKeepWhatWasCommitted() throws Exception {
        Path file = temp.resolve("locked.csv");
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        for (int i = 0; i < 30; i++) {
            csv.append("Person,").append(i).append(",p").append(i).append("@example.com\n");
        }
        Files.writeString(file, csv);
        waitForLocksAtMostOneSecond();
        EntityManager otherUser = io.access.createEntityManager();
        try {
            otherUser.getTransaction().begin();
            Connection connection = otherUser.unwrap(Connection.class);
            NullProgressMonitor lockAfterFirstChunk = new NullProgressMonitor() {
                @Override
                public void subTask(String name) {
                    if (name.startsWith("Committed up to line 11:")) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("LOCK TABLE CONTACT_PERSON IN EXCLUSIVE MODE");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            };

            ImportException failure = assertThrows(ImportException.class, () -> io.importer.importFile(file,
                    ImportSettings.defaults().withChunkSize(10), lockAfterFirstChunk));

            assertTrue(failure.getMessage().contains("stayed locked by another user"), failure.getMessage());
            assertTrue(failure.getMessage().contains("committed up to line 11 stays"), failure.getMessage());
        } finally {
            otherUser.getTransaction().rollback();
            otherUser.close();
        }
        assertEquals(10, io.count(), "the first chunk stays, the locked one is not half written");

        ImportResult rest = io.importFile(file, ImportSettings.defaults().withChunkSize(10));

        assertEquals(10, rest.alreadyImported());
        assertEquals(20, rest.created());
        assertEquals(30, io.count());
    }

    /**
     * Makes the database give up waiting for a lock after a second, as its administrator can: a database property on
     * Derby; on PostgreSQL the database's {@code lock_timeout}, which new sessions take (so the fixture reopens).
     */
    private void waitForLocksAtMostOneSecond() throws SQLException {
        EntityManager em = io.access.createEntityManager();
        try {
            em.getTransaction().begin();
            try (Statement statement = em.unwrap(Connection.class).createStatement()) {
                statement.execute(TestDatabases.onServer()
                        ? "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET lock_timeout = ''1s''', current_database()); END $$"
                        : "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        if (TestDatabases.onServer()) {
            io.close();
            io = new IoFixture(temp.resolve("workspace"));
        }
    }

    private static String profile(Person person, int index) {
        SocialProfile profile = person.getSocialProfiles().get(index);
        return profile.getNetwork() + "|" + profile.getHandle();
    }
}
