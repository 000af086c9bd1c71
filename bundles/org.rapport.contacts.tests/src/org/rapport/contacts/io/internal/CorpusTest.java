package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PersonMapper;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.MappingPreset;
import org.rapport.contacts.io.PlannedContact;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.Sex;

import ezvcard.VCardVersion;

/**
 * The corpus of address-book exports in {@code data/corpus}, written by hand in the shapes the clients write (their
 * column headers, encodings, vCard versions and quirks), each imported as a new user would: who is created or
 * updated, what a user would check of each person, and what is reported, with line and field.
 */
class CorpusTest {

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

    /** Google Contacts' "Google CSV" (2024): " ::: " lists, a year-less birthday, a two-line address, a bad email. */
    @Test
    void googleContactsCsv() throws Exception {
        Path file = IoFixture.data("corpus/google-contacts.csv", temp);
        assertEquals(MappingPreset.GOOGLE, io.importer.inspect(file, ImportSettings.defaults()).preset());

        ImportResult result = io.importFile(file);

        assertEquals(3, result.created(), problems(result));
        assertEquals(0, result.rejected(), problems(result));
        Person grace = io.personWithEmail("grace@navy.example");
        assertEquals("Grace Brewster Murray|Hopper", grace.getFirstName() + "|" + grace.getLastName());
        assertEquals(List.of("work|grace@navy.example", "work|grace.hopper@mail.example"), emails(grace));
        assertEquals(List.of("mobile|+1 202 555 0199"), phones(grace));
        assertNull(grace.getBirthDate());
        assertEquals("COBOL", grace.getNotes());
        assertEquals(List.of("navy"), grace.getTags());
        assertEquals(List.of("mastodon|@grace@hachyderm.io|https://hachyderm.io/@grace"), profiles(grace));
        assertProblem(result, 2, "Birthday", "without a year", false);

        Person katherine = io.personWithEmail("katherine@langley.example");
        assertEquals(LocalDate.of(1918, 8, 26), katherine.getBirthDate());
        assertEquals("NASA Langley|Mathematician", katherine.getMemberships().get(0).getOrganizationName() + "|"
                + katherine.getMemberships().get(0).getRole());
        assertEquals(List.of("work|1 NASA Dr|23666|Hampton|VA|US"), addresses(katherine));
        assertEquals(List.of("customers"), katherine.getTags());

        Person mary = byName("Mary Jackson");
        assertEquals(List.of(), emails(mary), "the broken email is left out, Mary is imported");
        assertEquals(List.of("work|+1 757 555 0142"), phones(mary));
        assertEquals(LocalDate.of(1921, 4, 9), mary.getBirthDate());
        assertProblem(result, 5, "E-mail 1 - Value", "'mary(at)langley.example' is not an email address", false);
        assertEquals(2, result.problemCount(), problems(result));
    }

    /**
     * Outlook's CSV as Outlook and Excel save it on Windows (Windows-1252, detected) and as Outlook 365 saves "CSV
     * UTF-8" (with byte order mark): the same people come out the same, a historic birthday is a date.
     */
    @Test
    void outlookCsvInWindows1252AndInUtf8() throws Exception {
        Path cp1252 = IoFixture.data("corpus/outlook-windows-1252.csv", temp);
        FileLayout layout = io.importer.inspect(cp1252, ImportSettings.defaults());
        assertTrue(layout.readable(), layout.encodingProblem());
        assertEquals(InputFileScanner.WINDOWS_1252, layout.encoding());
        assertTrue(layout.encodingDetected());
        assertEquals(MappingPreset.OUTLOOK, layout.preset());

        ImportResult windows = io.importFile(cp1252);

        assertEquals(2, windows.created(), problems(windows));
        assertEquals(InputFileScanner.WINDOWS_1252, windows.encoding());
        assertTrue(windows.encodingNote().contains("line 2 is not UTF-8"), windows.encodingNote());
        assertEquals(0, windows.problemCount(), problems(windows));
        Person juergen = io.personWithEmail("j.mueller@muellersoehne.example");
        assertEquals("Jürgen Müller", juergen.displayName());
        assertEquals(LocalDate.of(1815, 12, 10), juergen.getBirthDate(), "a historic birth date is a date");
        assertEquals("Müller & Söhne GmbH|Geschäftsführer", juergen.getMemberships().get(0).getOrganizationName() + "|"
                + juergen.getMemberships().get(0).getRole());
        assertEquals(List.of("work|Königsallee 1|40212|Düsseldorf|NRW|Deutschland"), addresses(juergen));
        assertEquals(List.of("work|+49 211 5550100", "mobile|+49 171 5550101"), phones(juergen));
        assertEquals("Trifft sich gern zum Kaffee – am liebsten freitags.", juergen.getNotes());
        assertEquals(Sex.MALE, juergen.getSex());
        assertEquals(List.of("kunde", "vip"), juergen.getTags());
        Person zoe = io.personWithEmail("zoe@angstrom.example");
        assertEquals("Zoë Ångström", zoe.displayName());
        assertNull(zoe.getBirthDate(), "Outlook's empty date 0/0/00 is no date and no problem");
        assertEquals(List.of("zoe@angstrom.example", "ZOE.ANGSTROM@work.example"),
                zoe.getEmails().stream().map(EmailAddress::getAddress).toList());
        assertEquals(List.of("home|Storgatan 5|411 38|Göteborg||Sverige"), addresses(zoe));

        Path utf8 = IoFixture.data("corpus/outlook-utf-8.csv", temp);
        assertTrue(io.importer.inspect(utf8, ImportSettings.defaults()).byteOrderMark());
        ImportResult unicode = io.importFile(utf8);

        assertEquals(StandardCharsets.UTF_8, unicode.encoding());
        assertEquals("", unicode.encodingNote());
        assertEquals(1, unicode.created(), problems(unicode));
        assertEquals(2, unicode.unchanged(), "the same people in UTF-8 are the same people: " + problems(unicode));
        Person ada = io.personWithEmail("ada@analytical.example");
        assertEquals("Notes on the engine → “Note G”", ada.getNotes());
        assertEquals(LocalDate.of(1815, 12, 10), ada.getBirthDate());
        assertEquals(3, io.count());
    }

    /** Outlook's vCard 2.1: Windows-1252 bytes in properties that say CHARSET=Windows-1252, quoted-printable notes. */
    @Test
    void outlookVCard21WithWindows1252PropertiesAndQuotedPrintable() throws Exception {
        Path file = IoFixture.data("corpus/outlook-2.1.vcf", temp);
        assertTrue(io.importer.inspect(file, ImportSettings.defaults()).readable());

        ImportResult result = io.importFile(file);

        assertEquals(1, result.created(), problems(result));
        Person juergen = io.personWithEmail("j.mueller@muellersoehne.example");
        assertEquals("Jürgen|Müller", juergen.getFirstName() + "|" + juergen.getLastName());
        assertEquals("", juergen.getKnownAs(), "FN says nothing N does not");
        assertEquals("Müller & Söhne GmbH|Geschäftsführer", juergen.getMemberships().get(0).getOrganizationName() + "|"
                + juergen.getMemberships().get(0).getRole());
        assertEquals(List.of("work|Königsallee 1|40212|Düsseldorf|NRW|Deutschland"), addresses(juergen));
        assertEquals(List.of("work|+49 211 5550100", "mobile|+49 171 5550101"), phones(juergen));
        assertTrue(juergen.getNotes().startsWith("Trifft sich gern zum Kaffee – am liebsten freitags."), juergen.getNotes());
        assertTrue(juergen.getNotes().endsWith("Grüße an die Familie."), juergen.getNotes());
        assertEquals(LocalDate.of(1815, 12, 10), juergen.getBirthDate());
        assertTrue(result.problems().stream().noneMatch(ImportProblem::rejected), problems(result));
    }

    /**
     * Apple Contacts' vCard 3.0: X-SOCIALPROFILE, X-ABLabel, a folded photo and a historic birthday, for a person who
     * is already in Rapport (same email): she is updated with everything the card adds, nothing is lost.
     */
    @Test
    void appleVCard30UpdatesThePersonWithTheSameEmail() throws Exception {
        Person known = new Person("Ada", "Lovelace");
        known.getEmails().add(new EmailAddress("", "ada@analytical.example"));
        io.contacts.save(known);

        ImportResult result = io.importFile(IoFixture.data("corpus/apple-3.0.vcf", temp));

        assertEquals(1, result.updated(), problems(result));
        assertEquals(1, result.created(), problems(result));
        assertEquals(0, result.problemCount(), problems(result));
        Person ada = io.personWithEmail("ada@analytical.example");
        assertEquals(List.of("ada@analytical.example", "ada.countess@lovelace.example"),
                ada.getEmails().stream().map(EmailAddress::getAddress).toList());
        assertEquals("countess", ada.getEmails().get(1).getLabel(), "X-ABLabel names the label");
        assertEquals(List.of("mobile|+44 7700 900123", "babbage's lab|+44 20 7946 0958"), phones(ada));
        assertEquals(LocalDate.of(1815, 12, 10), ada.getBirthDate(), "1815 is a birth date");
        assertEquals(List.of("twitter|ada_lovelace|https://twitter.com/ada_lovelace",
                "mastodon|ada@mastodon.social|https://mastodon.social/@ada"), profiles(ada));
        assertEquals("Analytical Engines Ltd", ada.getOrganizationName());
        PlannedContact planned = result.sample().get(0);
        assertEquals(PlannedContact.Action.UPDATE, planned.action());
        assertTrue(planned.photo(), "the folded photo was read");
        assertTrue(io.events(ada.getId()).stream().anyMatch(e -> e.getDetail().contains("JPEG photo")),
                "the timeline says the card had a photo");

        Person charles = byName("Charles Babbage");
        assertEquals(LocalDate.of(1791, 12, 26), charles.getBirthDate());
        assertEquals(List.of("home|1 Dorset Street|W1U 4EG|London||United Kingdom"), addresses(charles));
        assertEquals("Difference Engine No. 2", charles.getNotes());
    }

    /**
     * A CardDAV server's vCard 4.0: RFC 9554 SOCIALPROFILE (URI and text), IMPP, GENDER, KIND, FN beside a fuller N.
     * Exported again, the name Grace is known by and her profiles come back.
     */
    @Test
    void cardDavVCard40() throws Exception {
        ImportResult result = io.importFile(IoFixture.data("corpus/carddav-4.0.vcf", temp));

        assertEquals(2, result.created(), problems(result));
        assertEquals(1, result.rejected(), problems(result));
        assertProblem(result, 20, "KIND", "describes an organization, not a person", true);
        assertProblem(result, 29, "BDAY", "without a year", false);
        Person grace = io.personWithEmail("grace@navy.example");
        assertEquals("Grace Hopper", grace.displayName(), "FN is the name she is known by");
        assertEquals("Grace Brewster Murray|Hopper", grace.getFirstName() + "|" + grace.getLastName());
        assertEquals(Sex.FEMALE, grace.getSex());
        assertEquals(LocalDate.of(1906, 12, 9), grace.getBirthDate());
        assertEquals("en", grace.getLanguage());
        assertEquals(List.of("mobile|+1-202-555-0199"), phones(grace));
        assertEquals("Invented the first compiler.", grace.getNotes());
        List<String> graceProfiles = List.of("mastodon|@grace@hachyderm.io|https://hachyderm.io/@grace",
                "bluesky|grace.bsky.social|https://bsky.app/profile/grace.bsky.social", "github|gracehopper|",
                "xmpp|grace@jabber.example|");
        assertEquals(graceProfiles, profiles(grace));
        Person alan = io.personWithEmail("alan@bletchley.example");
        assertNull(alan.getBirthDate());
        assertEquals(List.of("mastodon|@alan@mastodon.social|https://mastodon.social/@alan"), profiles(alan));

        Path vcf = io.export(ContactFormat.VCARD, temp.resolve("out/again.vcf"));
        String text = Files.readString(vcf).replace("\r\n ", "");
        assertTrue(text.contains("\nFN:Grace Hopper\r\n"), text);
        assertTrue(text.contains("\nSOCIALPROFILE;SERVICE-TYPE=bluesky;USERNAME=grace.bsky.social:https://bsky.app/profile/grace.bsky.social"),
                text);
        Path csv = io.export(ContactFormat.CSV, temp.resolve("out/again.csv"));
        for (Path exported : List.of(vcf, csv)) {
            try (IoFixture again = new IoFixture(temp.resolve("again-" + exported.getFileName()))) {
                ImportResult reimported = again.importFile(exported);
                assertEquals(2, reimported.created(), problems(reimported));
                Person back = again.personWithEmail("grace@navy.example");
                assertEquals("Grace Hopper", back.displayName(), exported.getFileName().toString());
                assertEquals("Grace Brewster Murray", back.getFirstName());
                assertEquals(graceProfiles, profiles(back), exported.getFileName().toString());
            }
        }

        StringWriter v3 = new StringWriter();
        PersonEntity entity = new PersonEntity();
        PersonMapper.copyFields(grace, entity);
        try (VCardPersonWriter writer = new VCardPersonWriter(v3, VCardVersion.V3_0)) {
            writer.write(entity);
        }
        String apple = v3.toString().replace("\r\n ", "");
        assertTrue(apple.contains("X-SOCIALPROFILE;TYPE=mastodon;X-USER=@grace@hachyderm.io:https://hachyderm.io/@grace"),
                "vCard 3.0 keeps Apple's X-SOCIALPROFILE: " + apple);
        assertFalse(apple.contains("\nSOCIALPROFILE"), apple);
    }

    /** Thunderbird's CSV: its own column names, a birthday in three columns, a display name, a trailing comma. */
    @Test
    void thunderbirdCsv() throws Exception {
        Path file = IoFixture.data("corpus/thunderbird.csv", temp);
        assertEquals(MappingPreset.DEFAULT, io.importer.inspect(file, ImportSettings.defaults()).preset());

        ImportResult result = io.importFile(file);

        assertEquals(2, result.created(), problems(result));
        Person hedy = io.personWithEmail("hedy@frequency.example");
        assertEquals("Hedy Lamarr", hedy.displayName());
        assertEquals("", hedy.getKnownAs(), "the display name is just her first and last name");
        assertEquals(List.of("hedy@frequency.example", "hedy.kiesler@mail.example"),
                hedy.getEmails().stream().map(EmailAddress::getAddress).toList());
        assertEquals(List.of("mobile|+1 555 0177", "work|+1 555 0100"), phones(hedy).stream().sorted().toList());
        assertEquals(List.of("home|1 Frequency Way, Apt 2|90001|Los Angeles|CA|USA"), addresses(hedy));
        assertEquals("Frequency Labs|Inventor", hedy.getMemberships().get(0).getOrganizationName() + "|"
                + hedy.getMemberships().get(0).getRole());
        assertEquals(LocalDate.of(1914, 11, 9), hedy.getBirthDate());
        assertEquals("Spread spectrum, with George Antheil", hedy.getNotes());
        assertEquals(List.of("github|hedy|https://github.com/hedy"), profiles(hedy));

        Person joan = io.personWithEmail("joan@bletchley.example");
        assertEquals("Joan Clarke-Murray", joan.displayName(), "Thunderbird's display name is the name she goes by");
        assertEquals("Joan|Clarke", joan.getFirstName() + "|" + joan.getLastName());
        assertNull(joan.getBirthDate());
        assertProblem(result, 3, "Birth Month", "a birthday without a year", false);
        assertEquals(List.of("mastodon|@joan@mastodon.social|https://mastodon.social/@joan"), profiles(joan));
        assertEquals(1, result.problemCount(), problems(result));
    }

    /**
     * Google Contacts' vCard 3.0 export (as Android shares it), after its CSV: Katherine is updated, Dorothy with a
     * broken email and a year-less birthday is imported by her name.
     */
    @Test
    void androidGoogleVCard30AfterTheGoogleCsv() throws Exception {
        io.importFile(IoFixture.data("corpus/google-contacts.csv", temp));

        ImportResult result = io.importFile(IoFixture.data("corpus/android-google-3.0.vcf", temp));

        assertEquals(1, result.updated(), problems(result));
        assertEquals(1, result.created(), problems(result));
        Person katherine = io.personWithEmail("kj@mail.example");
        assertEquals("katherine@langley.example", katherine.getPrimaryEmail());
        assertEquals(List.of("bluesky|katherine.bsky.social|https://bsky.app/profile/katherine.bsky.social"),
                profiles(katherine), "Google's escaped colon (https\\://) is a web address");
        assertEquals(List.of("customers"), katherine.getTags(), "Google's myContacts group is no tag");
        Person dorothy = byName("Dorothy Vaughan");
        assertEquals(List.of(), emails(dorothy));
        assertNull(dorothy.getBirthDate());
        assertProblem(result, 17, "EMAIL", "'dorothy(at)nasa.example' is not an email address", false);
        assertProblem(result, 17, "BDAY", "without a year", false);
        assertEquals(4, io.count());
    }

    private Person byName(String name) {
        return io.everyone().stream().filter(p -> p.displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("nobody is called " + name));
    }

    private static List<String> emails(Person p) {
        return p.getEmails().stream().map(e -> e.getLabel() + "|" + e.getAddress()).toList();
    }

    private static List<String> phones(Person p) {
        return p.getPhones().stream().map(e -> e.getLabel() + "|" + e.getNumber()).toList();
    }

    private static List<String> addresses(Person p) {
        return p.getAddresses().stream().map(a -> a.getLabel() + "|" + a.getStreet() + "|" + a.getPostalCode() + "|"
                + a.getCity() + "|" + a.getRegion() + "|" + a.getCountry()).toList();
    }

    private static List<String> profiles(Person p) {
        return p.getSocialProfiles().stream().map(s -> s.getNetwork() + "|" + s.getHandle() + "|" + s.getUrl()).toList();
    }

    private static String problems(ImportResult result) {
        return String.join("\n", result.problems().stream().map(ImportProblem::toString).toList());
    }

    private static void assertProblem(ImportResult result, long line, String field, String reason, boolean rejected) {
        for (ImportProblem problem : result.problems()) {
            if (problem.line() == line && problem.field().equals(field) && problem.reason().contains(reason)
                    && problem.rejected() == rejected) {
                return;
            }
        }
        throw new AssertionError("no problem at line " + line + ", field '" + field + "' saying '" + reason + "' ("
                + (rejected ? "rejected" : "value left out") + "); problems:\n" + problems(result));
    }
}
