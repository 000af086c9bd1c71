package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.benchmarks.SyntheticPeople;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.contacts.search.SearchIndexStatus.State;
import org.rapport.contacts.search.SearchResult;

/** Searching people while typing, on a real Derby and a real index folder, across saves, deletes and restarts. */
class ContactSearchTest {

    @TempDir
    Path workspace;
    private TestContacts test;
    private LuceneContactSearch search;
    private long ada;
    private long grace;
    private long chloe;

    @BeforeEach
    void open() throws Exception {
        test = new TestContacts(workspace);
        Organization northwind = test.contacts.save(new Organization("Northwind Outdoor"));
        ada = save("Ada", "Lovelace", "ada@analytical.example", "@ada@mastodon.social", null, "vip");
        grace = save("Grace", "Hopper", "grace@navy.example", "gracehopper.bsky.social", northwind, "customer");
        chloe = save("Chloé", "O'Brien", "chloe@brien.example", null, null, "event-2026");
        save("Adam", "Lovelock", "adam@lovelock.example", null, null, null);
        save("Ada", "Lovelace-Byron", "byron@poetry.example", null, null, null);
        search = startSearch();
    }

    @AfterEach
    void close() {
        search.stop();
        test.close();
    }

    @Test
    void findsPeopleByTheBeginningOfTheirNameEmailHandleOrganizationOrTag() {
        assertEquals(List.of("Ada Lovelace", "Ada Lovelace-Byron", "Adam Lovelock"), names("ada lov"));
        assertEquals(List.of("Grace Hopper"), names("grace@navy"));
        assertEquals(List.of("Ada Lovelace"), names("@ada@mast"));
        assertEquals(List.of("Grace Hopper"), names("gracehop"));
        assertEquals(List.of("Grace Hopper"), names("northw"));
        assertEquals(List.of("Grace Hopper"), names("custom"));
        assertEquals(List.of("Chloé O'Brien"), names("event-20"));
        assertEquals(List.of(), names("zebra"));
        assertEquals(List.of(), names("   "));
    }

    @Test
    void theExactNameComesFirstThenWholeWordsThenBeginnings() {
        assertEquals(List.of("Ada Lovelace", "Ada Lovelace-Byron"), names("ada lovelace"));
        assertEquals(List.of("Ada Lovelace", "Ada Lovelace-Byron"), names("lovelace ada"),
                "the name typed last name first is an exact match too");
        SearchResult result = search.search("ada", 2);
        assertEquals(2, result.rows().size(), "the limit is kept");
        assertEquals(3, result.totalHits(), "the total counts every match");
        assertTrue(result.complete());
    }

    @Test
    void caseAccentsAndApostrophesDoNotMatter() {
        assertEquals(List.of("Chloé O'Brien"), names("CHLOE"));
        assertEquals(List.of("Chloé O'Brien"), names("chloé obri"));
        assertEquals(List.of("Chloé O'Brien"), names("o'bri"));
    }

    @Test
    void theIndexFollowsSavesEditsAndDeletes() throws Exception {
        long barbara = save("Barbara", "Liskov", "barbara@mit.example", null, null, null);
        awaitIndexed();
        assertEquals(List.of("Barbara Liskov"), names("lisk"));

        Person renamed = test.contacts.person(barbara).orElseThrow();
        renamed.setLastName("Liskov-Smith");
        renamed.getSocialProfiles().add(new SocialProfile("mastodon", "@barbara@types.social", "", 800, false));
        test.contacts.save(renamed);
        awaitIndexed();
        assertEquals(List.of("Barbara Liskov-Smith"), names("smith"));
        assertEquals(List.of("Barbara Liskov-Smith"), names("@barbara@types"));

        test.contacts.delete(List.of(barbara, grace));
        awaitIndexed();
        assertEquals(List.of(), names("lisk"));
        assertEquals(List.of(), names("grace"));
        assertEquals(4, search.status().people());
    }

    @Test
    void aVirtualListGetsEveryMatchingIdInRankOrder() {
        long[] ids = search.ids("ada", 100);

        assertEquals(3, ids.length);
        assertEquals(List.of("Ada Lovelace", "Ada Lovelace-Byron", "Adam Lovelock"), names(test.contacts.rows(ids)));
        assertArrayEquals(new long[] { ada }, search.ids("ada lovelace", 1));
    }

    @Test
    void changesMadeWhileTheIndexWasClosedAreCaughtUpOnTheNextStart() throws Exception {
        search.stop(); // as after a crash: the database moves on, the index does not see it
        long barbara = save("Barbara", "Liskov", "barbara@mit.example", null, null, null);
        Person renamed = test.contacts.person(ada).orElseThrow();
        renamed.setLastName("King");
        test.contacts.save(renamed);
        test.contacts.delete(List.of(grace));

        search = startSearch();

        assertEquals(State.READY, search.status().state());
        assertEquals(List.of("Barbara Liskov"), names("barbara"));
        assertEquals(List.of("Ada King"), names("ada king"));
        assertEquals(List.of(), names("grace"));
        assertEquals(5, search.status().people());
        assertTrue(barbara > 0);
    }

    @Test
    void aDeletedOrDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
        search.stop();
        Path index = workspace.resolve(LuceneContactSearch.INDEX_FOLDER);
        deleteAll(index);
        search = startSearch();
        assertEquals(List.of("Grace Hopper"), names("hopper"));
        assertEquals(5, search.status().people());

        search.stop();
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3 }); // garbage over every file of the index, as a bad disk leaves it
            }
        }
        search = startSearch();
        assertEquals(List.of("Grace Hopper"), names("hopper"));
        assertEquals(5, search.status().people());
    }

    @Test
    void aBulkChangeWithoutIdsMakesTheIndexCompareItselfWithTheDatabase() throws Exception {
        EntityManager em = test.unit.createEntityManager();
        try {
            em.getTransaction().begin(); // raw JDBC on the unit's connection: no per-person notification
            new SyntheticPeople(7).insert(em.unwrap(Connection.class), 300, null);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        test.events.peopleChanged(List.of());
        awaitIndexed();

        assertEquals(305, search.status().people());
        assertEquals(test.contacts.count(ContactQuery.ALL), search.status().people());
    }

    @Test
    void whenTheIndexCannotBeOpenedSearchesUseTheDatabase() {
        LuceneContactSearch second = new LuceneContactSearch(test.unit, test.events, test.contacts,
                workspace.resolve(LuceneContactSearch.INDEX_FOLDER)); // the folder is locked by the first
        try {
            assertEquals(State.FAILED, second.status().state());
            assertTrue(second.status().message().contains("cannot be opened"), second.status().message());
            SearchResult result = second.search("hopp", 10);
            assertEquals(List.of("Grace Hopper"), names(result.rows()), "last names are found by the database");
            assertFalse(result.complete());
        } finally {
            second.stop();
        }
    }

    private LuceneContactSearch startSearch() throws InterruptedException {
        LuceneContactSearch started = new LuceneContactSearch(test.unit, test.events, test.contacts,
                workspace.resolve(LuceneContactSearch.INDEX_FOLDER));
        assertTrue(started.awaitIndexed(60_000), "indexing finishes");
        return started;
    }

    private void awaitIndexed() throws InterruptedException {
        assertTrue(search.awaitIndexed(30_000), "indexing finishes");
    }

    private List<String> names(String text) {
        return names(search.search(text, 20).rows());
    }

    private static List<String> names(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::displayName).toList();
    }

    private long save(String first, String last, String email, String handle, Organization org, String tag) {
        Person p = new Person(first, last);
        p.getEmails().add(new EmailAddress("work", email));
        if (handle != null) {
            p.getSocialProfiles().add(new SocialProfile(handle.contains("bsky") ? "bluesky" : "mastodon", handle, "", 10, false));
        }
        if (org != null) {
            p.getMemberships().add(new Membership(org.getId(), org.getName(), "CEO"));
        }
        if (tag != null) {
            p.getTags().add(tag);
        }
        return test.contacts.save(p).getId();
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
