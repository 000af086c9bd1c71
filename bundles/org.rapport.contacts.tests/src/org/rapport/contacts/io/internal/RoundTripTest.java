package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.io.ExportResult;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.MappingPreset;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.CustomFieldType;
import org.rapport.contacts.model.CustomFieldValue;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.contacts.model.PostalAddress;
import org.rapport.contacts.model.Sex;
import org.rapport.contacts.model.SocialProfile;

/** Export then import into another database gives the same people, in CSV and in vCard. */
class RoundTripTest {

    @TempDir
    Path temp;
    private IoFixture source;
    private IoFixture target;

    @BeforeEach
    void open() {
        source = new IoFixture(temp.resolve("source"));
        target = new IoFixture(temp.resolve("target"));
        for (IoFixture io : List.of(source, target)) {
            io.contacts.save(new CustomFieldDefinition("preferred_channel", "Preferred channel", CustomFieldType.CHOICE,
                    List.of("email", "phone", "visit"), 1));
            io.contacts.save(new CustomFieldDefinition("customer_since", "Customer since", CustomFieldType.DATE, List.of(), 2));
            io.contacts.save(new CustomFieldDefinition("annual_value", "Annual value", CustomFieldType.NUMBER, List.of(), 3));
        }
        Organization northwind = source.contacts.save(new Organization("Northwind Outdoor"));
        Organization club = source.contacts.save(new Organization("Alpine Ski Club"));
        source.contacts.save(everything(northwind, club));
        source.contacts.save(sparse());
        source.contacts.save(tricky());
        source.contacts.save(knownAs());
        source.contacts.save(formulas());
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    @Test
    void csvRoundTripKeepsEveryField() throws Exception {
        Path file = source.export(ContactFormat.CSV, temp.resolve("out/people.csv"));
        assertTrue(Files.readString(file).startsWith("\uFEFFFirst Name,Last Name,Display Name,Birth Date"));
        assertEquals(MappingPreset.DEFAULT, target.importer.inspect(file, org.rapport.contacts.io.ImportSettings.defaults())
                .preset());

        ImportResult result = target.importFile(file);

        assertEquals(5, result.created(), result.problems().toString());
        assertEquals(0, result.problemCount(), result.problems().toString());
        assertEquals(source.describeEveryone(), target.describeEveryone());
        String csv = Files.readString(file);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'@Mallory,"),
                "formulas are written as text: " + csv);
        assertTrue(csv.contains(",'+cmd|calc,"), csv);
        assertTrue(csv.contains(",+44 20 7946 0958,"), "a phone number stays a usable number: " + csv);
        assertTrue(csv.contains("Grace Brewster Murray,Hopper,Grace Hopper,"), csv);
    }

    @Test
    void vcardRoundTripKeepsEveryField() throws Exception {
        Path file = source.export(ContactFormat.VCARD, temp.resolve("out/people.vcf"));
        String text = Files.readString(file).replace("\r\n ", "");
        assertTrue(text.contains("VERSION:4.0"), text);
        assertTrue(text.contains("\nSOCIALPROFILE;SERVICE-TYPE=mastodon;USERNAME=@ada@mastodon.social;X-FOLLOWERS=1200;"
                + "X-VERIFIED=yes:https://mastodon.social/@ada"), "vCard 4.0 has RFC 9554's SOCIALPROFILE: " + text);
        assertTrue(text.contains("\nSOCIALPROFILE;SERVICE-TYPE=xmpp;USERNAME=ada@jabber.example;VALUE=text:ada@jabber.example"),
                "a profile without address is its user name as text: " + text);
        assertFalse(text.contains("X-SOCIALPROFILE"), text);
        assertTrue(text.contains("\nN:Hopper;Grace Brewster Murray;;;\r\nFN:Grace Hopper\r\n"), text);
        assertTrue(text.contains("URL:https://mastodon.social/@ada"), text);

        ImportResult result = target.importFile(file);

        assertEquals(5, result.created(), result.problems().toString());
        assertEquals(0, result.problemCount(), result.problems().toString());
        assertEquals(source.describeEveryone(), target.describeEveryone());
    }

    @Test
    void exportOfASelectionOrAFilteredListWritesOnlyThosePeople() throws Exception {
        long[] ids = source.contacts.ids(ContactQuery.ALL);
        Path some = temp.resolve("some.vcf");
        ExportResult selected = source.exporter.export(ContactSelection.ids(ids[0]), ContactFormat.VCARD, some,
                new NullProgressMonitor());
        assertEquals(1, selected.people());
        assertEquals(1, Files.readString(some).split("BEGIN:VCARD").length - 1);

        Path filtered = temp.resolve("filtered.csv");
        ExportResult byPrefix = source.exporter.export(ContactSelection.query(new ContactQuery("love", ContactSort.NAME,
                false)), ContactFormat.CSV, filtered, new NullProgressMonitor());
        assertEquals(1, byPrefix.people());
        try (java.io.Reader in = Files.newBufferedReader(filtered)) {
            assertEquals(2, org.apache.commons.csv.CSVFormat.RFC4180.parse(in).getRecords().size(), "header and Ada");
        }
        assertFalse(Files.exists(temp.resolve("filtered.csv.part")), "no partial file is left behind");

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        Path never = temp.resolve("never.csv");
        assertTrue(source.exporter.export(ContactSelection.query(ContactQuery.ALL), ContactFormat.CSV, never, cancelled)
                .cancelled());
        assertFalse(Files.exists(never), "a cancelled export leaves no file");
    }

    private static Person everything(Organization northwind, Organization club) {
        Person p = new Person("Ada", "Lovelace");
        p.setBirthDate(LocalDate.of(1985, 12, 10));
        p.setSex(Sex.FEMALE);
        p.setIncomeBand(IncomeBand.B);
        p.setLanguage("en");
        p.setOwner("anna.keller");
        p.setMarketingConsent(true, LocalDate.of(2024, 3, 1));
        p.setNotes("Met at the fair.\nLikes \"engines\", tea; and commas.");
        p.getEmails().add(new EmailAddress("work", "ada@analytical.example"));
        p.getEmails().add(new EmailAddress("home", "ada.l@mail.example"));
        p.getPhones().add(new PhoneNumber("mobile", "+44 7700 900123"));
        p.getPhones().add(new PhoneNumber("work", "+44 20 7946 0000 ext 12"));
        p.getAddresses().add(new PostalAddress("home", "12 Marylebone Rd", "NW1 5LR", "London", "Greater London", "UK"));
        p.getAddresses().add(new PostalAddress("work", "Lindenstraße 4", "10115", "Berlin", "", "DE"));
        p.getSocialProfiles().add(new SocialProfile("mastodon", "@ada@mastodon.social", "https://mastodon.social/@ada",
                1200, true));
        p.getSocialProfiles().add(new SocialProfile("bluesky", "ada.bsky.social",
                "https://bsky.app/profile/ada.bsky.social", 87, false));
        p.getSocialProfiles().add(new SocialProfile("xmpp", "ada@jabber.example", "", 0, false));
        p.getMemberships().add(new Membership(northwind.getId(), northwind.getName(), "Head of Purchasing"));
        p.getMemberships().add(new Membership(club.getId(), club.getName(), ""));
        p.getTags().addAll(List.of("vip", "customer", "event-2026"));
        p.setCustomValue("preferred_channel", CustomFieldValue.text("preferred_channel", "email"));
        p.setCustomValue("customer_since", CustomFieldValue.date("customer_since", LocalDate.of(2019, 5, 1)));
        p.setCustomValue("annual_value", CustomFieldValue.number("annual_value", new BigDecimal("12500.50")));
        return p;
    }

    private static Person sparse() {
        Person p = new Person("", "");
        p.getEmails().add(new EmailAddress("", "info@nameless.example"));
        return p;
    }

    /** FN:Grace Hopper with N:Hopper;Grace;Brewster Murray: the name she goes by survives both formats. */
    private static Person knownAs() {
        Person p = new Person("Grace Brewster Murray", "Hopper");
        p.setKnownAs("Grace Hopper");
        p.getEmails().add(new EmailAddress("work", "grace@navy.example"));
        return p;
    }

    /** Values a spreadsheet would run as formulas: written as text to CSV, imported back as they were. */
    private static Person formulas() {
        Person p = new Person("=HYPERLINK(\"http://evil.example\",\"click\")", "@Mallory");
        p.setNotes("+cmd|calc");
        p.getPhones().add(new PhoneNumber("work", "+44 20 7946 0958"));
        p.getTags().add("-2+3");
        return p;
    }

    private static Person tricky() {
        Person p = new Person("Zoë", "Ångström-O'Brien");
        p.setSex(Sex.DIVERSE);
        p.setMarketingConsent(false, LocalDate.of(2025, 1, 15));
        p.getPhones().add(new PhoneNumber("", "+46 31 555 0102"));
        p.getSocialProfiles().add(new SocialProfile("linkedin", "zoe-angstrom", "https://www.linkedin.com/in/zoe-angstrom",
                0, false));
        p.getTags().add("newsletter");
        return p;
    }
}
