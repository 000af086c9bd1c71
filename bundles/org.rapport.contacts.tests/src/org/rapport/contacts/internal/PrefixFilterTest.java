package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PostalAddress;

/**
 * The ids of a list as the contacts list reads them: everyone, or (the filter box) everyone whose last-name-first name
 * or primary email starts with what was typed, once each, in the list's order, with LIKE's wildcards taken literally.
 */
class PrefixFilterTest {

    @TempDir
    Path workspace;
    private TestContacts test;

    @BeforeEach
    void savePeople() {
        test = new TestContacts(workspace);
        save("Ada", "Lovelace", "ada@engines.example", "London");
        save("Lou", "Reed", "lou@velvet.example", "New York");
        save("Grace", "Hopper", "lovelace.fan@navy.example", "Arlington");
        save("Linus", "Lo", "linus@kernel.example", "Portland");
        save("Alan", "Turing", "alan@bletchley.example", "Wilmslow");
        save("Percent", "Sign", "50%off@shop.example", "Berlin");
        save("Under", "Score", "a_b@shop.example", "Bern");
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void matchesNamesAndEmailsOnceEachInTheListsOrder() {
        ContactQuery lo = ContactQuery.ALL.withPrefix("Lo");
        assertEquals(List.of("Grace Hopper", "Linus Lo", "Ada Lovelace", "Lou Reed"), names(lo),
                "names lo linus and lovelace ada, emails lou@ and lovelace.fan@, sorted by last name");
        assertEquals(4, test.contacts.count(lo));
        assertEquals(List.of("Linus Lo", "Ada Lovelace"), test.contacts.page(lo, 1, 2).stream()
                .map(row -> row.displayName()).toList(), "a page of a filtered list is a slice of its ids");

        ContactQuery loByEmailDescending = new ContactQuery("lo", ContactSort.EMAIL, true);
        assertEquals(List.of("Grace Hopper", "Lou Reed", "Linus Lo", "Ada Lovelace"), names(loByEmailDescending));

        ContactQuery loByCity = new ContactQuery("lo", ContactSort.CITY, false);
        assertEquals(List.of("Grace Hopper", "Ada Lovelace", "Lou Reed", "Linus Lo"), names(loByCity));
    }

    @Test
    void aPersonMatchingByNameAndByEmailComesOnce() {
        assertEquals(List.of("Ada Lovelace"), names(ContactQuery.ALL.withPrefix("Lovelace a")));
        assertEquals(List.of("Ada Lovelace"), names(ContactQuery.ALL.withPrefix("ada")));
        assertEquals(List.of("Alan Turing"), names(ContactQuery.ALL.withPrefix("alan@")));
    }

    @Test
    void wildcardsAreTextAndNobodyIsAnEmptyList() {
        assertEquals(List.of("Percent Sign"), names(ContactQuery.ALL.withPrefix("50%")));
        assertEquals(List.of("Under Score"), names(ContactQuery.ALL.withPrefix("a_")));
        assertEquals(List.of(), names(ContactQuery.ALL.withPrefix("zz-nobody")));
        assertEquals(0, test.contacts.count(ContactQuery.ALL.withPrefix("%")));
    }

    @Test
    void theIdsOfEveryoneComeStraightFromJdbcInTheOrderOfThePagedList() {
        for (ContactQuery query : List.of(ContactQuery.ALL, new ContactQuery("", ContactSort.EMAIL, true),
                new ContactQuery("", ContactSort.CITY, false))) {
            long[] direct = test.unit.write(em -> ListQueries.ids(em, query));
            assertNotNull(direct, "EclipseLink hands out its JDBC connection inside a transaction");
            List<Long> paged = test.contacts.page(query, 0, 100).stream().map(row -> row.id()).toList();
            assertEquals(paged, Arrays.stream(direct).boxed().toList(), "same order as the paged list, " + query);
        }
    }

    private void save(String first, String last, String email, String city) {
        Person person = new Person(first, last);
        person.getEmails().add(new EmailAddress("work", email));
        person.getAddresses().add(new PostalAddress("home", "", "", city, "", ""));
        test.contacts.save(person);
    }

    private List<String> names(ContactQuery query) {
        List<String> names = new ArrayList<>();
        test.contacts.rows(test.contacts.ids(query)).forEach(row -> names.add(row.displayName()));
        return names;
    }
}
