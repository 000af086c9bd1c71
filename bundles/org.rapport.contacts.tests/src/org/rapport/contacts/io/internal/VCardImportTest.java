package org.rapport.contacts.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.PlannedContact;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.Sex;

/** vCard files as Apple Contacts, Android and vCard 4.0 writers produce them. */
class VCardImportTest {

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
    void appleContactsWithSocialProfilesLabelsFoldedLinesAndPhotos() throws Exception {
        Path file = IoFixture.data("apple-contacts.vcf", temp);
        FileLayout layout = io.importer.inspect(file, ImportSettings.defaults());
        assertEquals(ContactFormat.VCARD, layout.format());
        assertEquals(3, layout.cards());

        ImportResult result = io.importFile(file);

        assertEquals(3, result.created(), result.problems().toString());
        assertEquals(0, result.rejected(), result.problems().toString());
        Person ada = io.personWithEmail("ada@analytical.example");
        assertEquals("Ada Augusta", ada.getFirstName());
        assertEquals("Lovelace", ada.getLastName());
        assertEquals(List.of("other|ada@analytical.example", "home|ada.home@mail.example"),
                ada.getEmails().stream().map(e -> e.getLabel() + "|" + e.getAddress()).toList(),
                "Apple's itemN.X-ABLabel names the email's label");
        assertEquals(List.of("mobile|+44 7700 900123", "work|+44 20 7946 0000"),
                ada.getPhones().stream().map(p -> p.getLabel() + "|" + p.getNumber()).toList());
        assertEquals("United Kingdom", ada.getAddresses().get(0).getCountry(), "a folded line is unfolded");
        assertEquals("home", ada.getAddresses().get(0).getLabel());
        assertEquals(LocalDate.of(1985, 12, 10), ada.getBirthDate());
        assertEquals("Analytical Engines Ltd", ada.getOrganizationName());
        assertEquals("Mathematician", ada.getMemberships().get(0).getRole());
        assertEquals(List.of("customers", "vip"), ada.getTags());
        assertTrue(ada.getNotes().startsWith("Met at the Analytical Society dinner; wants the brochure about the engine"),
                ada.getNotes());
        assertTrue(ada.getNotes().endsWith("\nCall back in March."), ada.getNotes());
        assertEquals(List.of("twitter|ada_lovelace|https://twitter.com/ada_lovelace",
                "bluesky|ada.bsky.social|https://bsky.app/profile/ada.bsky.social", "skype|ada.lovelace|",
                "mastodon|@ada@mastodon.social|https://mastodon.social/@ada",
                "linkedin|ada-lovelace|https://www.linkedin.com/in/ada-lovelace"),
                ada.getSocialProfiles().stream().map(s -> s.getNetwork() + "|" + s.getHandle() + "|" + s.getUrl()).toList(),
                "X-SOCIALPROFILE, IMPP and the itemN.URLs become social profiles, each once");

        PlannedContact planned = result.sample().stream().filter(p -> p.email().equals("ada@analytical.example"))
                .findFirst().orElseThrow();
        assertTrue(planned.photo(), "the preview shows that the card had a photo");
        ContactEventEntity imported = io.events(ada.getId()).get(0);
        assertTrue(imported.getDetail().contains("the card had a JPEG photo"), imported.getDetail());

        Person grace = io.personWithEmail("grace@navy.example");
        assertEquals(LocalDate.of(1906, 12, 9), grace.getBirthDate());
        assertEquals(List.of("mastodon|@grace@hachyderm.io", "github|gracehopper"),
                grace.getSocialProfiles().stream().map(s -> s.getNetwork() + "|" + s.getHandle()).toList());

        Person alan = io.personWithEmail("alan@bletchley.example");
        assertEquals("Alan", alan.getFirstName(), "a card with only FN is split into first and last name");
        assertEquals("Turing", alan.getLastName());
        assertEquals("bletchley", alan.getPhones().get(0).getLabel(), "a custom Apple label");
    }

    @Test
    void vcard21WithQuotedPrintableAndVcard40WithUriPhones() throws Exception {
        ImportResult old = io.importFile(IoFixture.data("android-contacts-2.1.vcf", temp));
        ImportResult modern = io.importFile(IoFixture.data("contacts-4.0.vcf", temp));

        assertEquals(2, old.created(), old.problems().toString());
        assertEquals(1, modern.created(), modern.problems().toString());
        Person juergen = io.personWithEmail("juergen@example.de");
        assertEquals("Jürgen", juergen.getFirstName());
        assertEquals("Müller", juergen.getLastName());
        assertEquals("Düsseldorf", juergen.getCity());
        assertEquals("mobile", juergen.getPhones().get(0).getLabel());
        assertEquals(LocalDate.of(1990, 3, 15), io.personWithEmail("jane.smith@example.com").getBirthDate());
        Person hedy = io.personWithEmail("hedy@frequency.example");
        assertEquals(Sex.FEMALE, hedy.getSex());
        assertEquals("de", hedy.getLanguage());
        assertEquals("+1-555-555-0177", hedy.getPrimaryPhone());
        assertEquals("mobile", hedy.getPhones().get(0).getLabel());
        assertEquals(List.of("xmpp|hedy@jabber.example", "instagram|hedy.lamarr"),
                hedy.getSocialProfiles().stream().map(s -> s.getNetwork() + "|" + s.getHandle()).toList());
        assertFalse(hedy.getSocialProfiles().isEmpty());
    }

    @Test
    void aCardMatchingSomeoneByHandleUpdatesThem() throws Exception {
        io.importFile(IoFixture.data("apple-contacts.vcf", temp));
        Path file = temp.resolve("update.vcf");
        java.nio.file.Files.writeString(file, """
                BEGIN:VCARD
                VERSION:3.0
                FN:Grace Hopper
                X-SOCIALPROFILE;type=mastodon;x-user=grace@hachyderm.io:https://hachyderm.io/@grace
                TEL;type=CELL:+1 202 555 0199
                END:VCARD
                """);

        ImportResult result = io.importFile(file);

        assertEquals(0, result.created());
        assertEquals(1, result.updated());
        assertEquals("mastodon grace@hachyderm.io", result.sample().get(0).matchedBy());
        assertEquals(2, io.personWithEmail("grace@navy.example").getPhones().size());
        assertEquals(3, io.count());
    }
}
