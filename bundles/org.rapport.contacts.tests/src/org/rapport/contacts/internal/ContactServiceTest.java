package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;

/** People saved, read, listed, edited concurrently and deleted, on a real Derby. */
class ContactServiceTest {

    @TempDir
    Path workspace;
    private TestContacts test;

    @BeforeEach
    void open() {
        test = new TestContacts(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aSavedPersonComesBackWithEveryDetailAndSurvivesARestart() {
        Person ada = new Person("Ada", "Lovelace");
        ada.setBirthDate(LocalDate.of(1985, 12, 10));
        ada.getEmails().add(new EmailAddress("work", "Ada@Analytical.example"));
        ada.getSocialProfiles().add(new SocialProfile("Mastodon", "@ada@mastodon.social", "https://mastodon.social/@ada", 1200, true));
        ada.getTags().addAll(List.of("VIP ", "customer", "vip"));
        long id = test.contacts.save(ada).getId();

        test.close();
        test = new TestContacts(workspace);
        Person read = test.contacts.person(id).orElseThrow();

        assertEquals("Ada Lovelace", read.displayName());
        assertEquals(LocalDate.of(1985, 12, 10), read.getBirthDate());
        assertEquals("ada@analytical.example", read.getPrimaryEmail());
        assertEquals("mastodon", read.getSocialProfiles().get(0).getNetwork());
        assertEquals(1200, read.getSocialProfiles().get(0).getFollowers());
        assertEquals(List.of("customer", "vip"), read.getTags(), "tags normalized: trimmed, lower case, no duplicates");
        assertEquals("lovelace ada", read.getSortName());
    }

    @Test
    void invalidValuesAreRefusedWithAMessageAtEachField() {
        Person bad = new Person("Grace", "Hopper");
        bad.getEmails().add(new EmailAddress("work", "grace(at)navy.example"));
        bad.setBirthDate(LocalDate.now().plusDays(3));

        ContactValidationException e = assertThrows(ContactValidationException.class, () -> test.contacts.save(bad));

        assertEquals(List.of("birthDate", "emails[0]"), e.problems().stream().map(FieldProblem::field).toList());
        assertTrue(e.problems().get(1).message().contains("'grace(at)navy.example' is not an email address"));
        assertEquals(0, test.contacts.count(ContactQuery.ALL), "nothing written");
    }

    @Test
    void aConcurrentEditIsReportedNotOverwritten() {
        Person saved = test.contacts.save(new Person("Alan", "Turing"));
        Person mine = saved.copy();
        Person theirs = saved.copy();
        theirs.setNotes("changed by a colleague");
        test.contacts.save(theirs);

        mine.setNotes("my change");
        ConcurrentEditException e = assertThrows(ConcurrentEditException.class, () -> test.contacts.save(mine));

        assertTrue(e.getMessage().contains("'Alan Turing' was changed or deleted by someone else"), e.getMessage());
        assertEquals("changed by a colleague", test.contacts.person(saved.getId()).orElseThrow().getNotes());
    }

    @Test
    void listsArePagedSortedAndFilteredByPrefix() {
        for (String[] name : new String[][] { { "Ada", "Lovelace" }, { "Alan", "Turing" }, { "Grace", "Hopper" },
                { "Barbara", "Liskov" }, { "Edsger", "Dijkstra" } }) {
            Person p = new Person(name[0], name[1]);
            p.getEmails().add(new EmailAddress("", name[0].toLowerCase() + "@example.org"));
            test.contacts.save(p);
        }

        assertEquals(List.of("Edsger Dijkstra", "Grace Hopper"), names(test.contacts.page(ContactQuery.ALL, 0, 2)));
        assertEquals(List.of("Barbara Liskov", "Ada Lovelace"), names(test.contacts.page(ContactQuery.ALL, 2, 2)));
        ContactQuery byEmailDescending = new ContactQuery("", ContactSort.EMAIL, true);
        assertEquals("Grace Hopper", names(test.contacts.page(byEmailDescending, 0, 1)).get(0));

        ContactQuery startingWithL = ContactQuery.ALL.withPrefix("L");
        assertEquals(2, test.contacts.count(startingWithL));
        long[] ids = test.contacts.ids(startingWithL);
        assertEquals(List.of("Barbara Liskov", "Ada Lovelace"), names(test.contacts.rows(ids)));
        assertEquals(List.of("Ada Lovelace"), names(test.contacts.page(ContactQuery.ALL.withPrefix("ada@"), 0, 10)));
        assertEquals(0, test.contacts.count(ContactQuery.ALL.withPrefix("%")), "LIKE wildcards are plain text");
    }

    @Test
    void createdAndEditedAppearInThePersonsTimeline() throws Exception {
        Person saved = test.contacts.save(new Person("Barbara", "Liskov"));
        Person edited = saved.copy();
        edited.getEmails().add(new EmailAddress("work", "barbara@mit.example"));
        test.contacts.save(edited);

        List<TimelineEntry> entries = new ContactsTimeline(test.unit).entries(TimelineQuery.latest(saved.getId()));

        assertEquals(List.of("Contact edited", "Contact created"), entries.stream().map(TimelineEntry::title).toList());
        assertEquals("Changed: emails", entries.get(0).detail());
        assertEquals("rapport:contacts.person/" + saved.getId(), entries.get(0).link().toUri());
    }

    @Test
    void deletedPeopleAreGoneWithTheirDetails() {
        Person a = test.contacts.save(new Person("Ada", "Lovelace"));
        Person b = test.contacts.save(new Person("Alan", "Turing"));

        test.contacts.delete(List.of(a.getId(), 999_999L));

        assertTrue(test.contacts.person(a.getId()).isEmpty());
        assertArrayEquals(new long[] { b.getId() }, test.contacts.ids(ContactQuery.ALL));
        assertNotEquals(a.getId(), b.getId());
    }

    @Test
    void theDemoDataFillsAnEmptyDatabaseWithBelievablePeople() {
        ContactsDemoData demo = new ContactsDemoData(test.contacts, test.unit, test.events);
        assertTrue(demo.isEmpty());

        demo.load(null);

        assertEquals(ContactsDemoData.PEOPLE, test.contacts.count(ContactQuery.ALL));
        Person someone = test.contacts.person(test.contacts.ids(ContactQuery.ALL)[0]).orElseThrow();
        assertTrue(!someone.getEmails().isEmpty() && !someone.getMemberships().isEmpty(), someone.toString());
        assertEquals(3, test.contacts.customFields().size());
        assertTrue(!demo.isEmpty());
    }

    private static List<String> names(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::displayName).toList();
    }
}
