package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;

/**
 * The person lookup other domains use to find contacts, as they get it: the core's {@link PersonLookup} service from
 * Declarative Services, answered by the contacts domain on the workspace's database and search index.
 */
class PersonLookupOsgiTest {

    @Test
    void otherDomainsFindPeopleByNameEmailAndHandleWithoutTheContactsApi() throws Exception {
        ContactService contacts = service(ContactService.class);
        PersonLookup lookup = service(PersonLookup.class);
        Person ada = new Person("Adalind", "Lookupwright");
        ada.getEmails().add(new EmailAddress("work", "adalind@lookup.example"));
        ada.getSocialProfiles().add(new SocialProfile("mastodon", "@adalind@fosstodon.example", null, 120, false));
        ada = contacts.save(ada);
        Person namesake = new Person("Adalind", "Lookupwrightson");
        namesake.getEmails().add(new EmailAddress("work", "adalind@lookup.example.org"));
        namesake = contacts.save(namesake);
        contacts.save(new Organization("Lookupwright Looms"));

        List<PersonRef> found = waitForIndex(lookup, "adalind lookupwright", 2);
        assertEquals(ada.getId(), found.get(0).id(), "the exact name comes first");
        assertEquals(2, found.size(), "both people whose names begin so are found");

        assertEquals(Optional.of(ada.getId()), lookup.byEmail("ADALIND@lookup.example").map(PersonRef::id),
                "an email address matches exactly, ignoring case, not the longer address that begins the same way");
        assertEquals(Optional.of(namesake.getId()), lookup.byEmail("adalind@lookup.example.org").map(PersonRef::id));
        assertTrue(lookup.byEmail("nobody@lookup.example").isEmpty());

        assertEquals(Optional.of(ada.getId()), lookup.byHandle("Mastodon", "adalind@fosstodon.example").map(PersonRef::id),
                "a handle matches with or without its @, on its network");
        assertTrue(lookup.byHandle("bluesky", "adalind@fosstodon.example").isEmpty(), "another network's handle is not it");

        assertEquals(Optional.of(new PersonRef(ada.getId(), found.get(0).displayName())), lookup.person(ada.getId()));
        assertTrue(lookup.person(-1).isEmpty());
        assertEquals(List.of("Lookupwright Looms"),
                lookup.organizations("lookupwright", 10).stream().map(OrganizationRef::name).toList());
    }

    @Test
    void batchLookupsGiveTheAnswersOfSingleLookupsForManyAtOnce() throws Exception {
        ContactService contacts = service(ContactService.class);
        PersonLookup lookup = service(PersonLookup.class);
        Person grace = new Person("Grace", "Batchhopper");
        grace.getEmails().add(new EmailAddress("work", "Shared@Batch.example"));
        grace.getSocialProfiles().add(new SocialProfile("mastodon", "@Grace@Batch.Social", null, 5, false));
        grace.getSocialProfiles().add(new SocialProfile("github", "gracebatch", null, 0, false));
        grace = contacts.save(grace);
        Person alan = new Person("Alan", "Batchturing");
        alan.getEmails().add(new EmailAddress("home", "alan@batch.example"));
        alan.getEmails().add(new EmailAddress("work", "shared@batch.example"));
        alan.getSocialProfiles().add(new SocialProfile("bluesky", "grace@batch.social", null, 0, false));
        alan.getSocialProfiles().add(new SocialProfile("mastodon", "@@twice@batch.social", null, 0, false));
        alan = contacts.save(alan);

        List<String> handles = List.of("grace@batch.social", "@GRACE@batch.social", "gracebatch", "@@twice@batch.social",
                "@twice@batch.social", "twice@batch.social", "nobody@batch.social", " ", "@");
        Map<String, PersonRef> mastodon = lookup.byHandles("Mastodon", handles);
        assertEquals(Map.of("grace@batch.social", grace.getId(), "@twice@batch.social", alan.getId()), ids(mastodon),
                "a Mastodon handle stored as @user@instance is found with or without its @, in any case, only on its network;"
                        + " only one @ is dropped");
        assertEquals(singles(handles, handle -> lookup.byHandle("mastodon", handle), PersonLookup::handleKey), mastodon,
                "the batch answers as the single lookups do");
        assertEquals(Map.of("grace@batch.social", alan.getId()), ids(lookup.byHandles("bluesky", handles)),
                "the same handle on another network is another person");
        assertEquals(Map.of(), lookup.byHandles("linkedin", handles));

        List<String> emails = List.of("SHARED@batch.example", " alan@BATCH.example ", "alan@batch.example.org",
                "nobody@batch.example", "");
        Map<String, PersonRef> byEmail = lookup.byEmails(emails);
        assertEquals(Map.of("shared@batch.example", grace.getId(), "alan@batch.example", alan.getId()), ids(byEmail),
                "an address matches exactly, ignoring case; of two people with one address the first one is the answer");
        assertEquals(singles(emails, lookup::byEmail, PersonLookup::emailKey), byEmail,
                "the batch answers as the single lookups do");
        assertEquals("Grace Batchhopper", byEmail.get("shared@batch.example").displayName());
    }

    private static Map<String, Long> ids(Map<String, PersonRef> people) {
        Map<String, Long> ids = new HashMap<>();
        people.forEach((key, person) -> ids.put(key, person.id()));
        return ids;
    }

    private static Map<String, PersonRef> singles(List<String> values,
            Function<String, Optional<PersonRef>> single,
            Function<String, String> key) {
        Map<String, PersonRef> found = new HashMap<>();
        values.forEach(value -> single.apply(value).ifPresent(person -> found.put(key.apply(value), person)));
        return found;
    }

    private static List<PersonRef> waitForIndex(PersonLookup lookup, String text, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        List<PersonRef> found = List.of();
        while (found.size() < expected && System.currentTimeMillis() < deadline) {
            found = lookup.find(text, 10);
            Thread.sleep(50);
        }
        return found;
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(PersonLookupOsgiTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        assertNotNull(service, type.getSimpleName() + " is registered");
        return service;
    }
}
