package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.duplicates.DuplicatePair;
import org.rapport.contacts.duplicates.DuplicateReason;
import org.rapport.contacts.duplicates.MergeChoice;
import org.rapport.contacts.duplicates.MergeField;
import org.rapport.contacts.duplicates.MergeRequest;
import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.contacts.internal.duplicates.DuplicateScanner;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.internal.model.PersonEntity;
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

/** The duplicate scan over seeded pairs and clearly different people, and merges undone down to the last field. */
class DuplicateServiceTest {

    @TempDir
    Path workspace;
    private TestContacts test;
    private JpaDuplicateService duplicates;

    @BeforeEach
    void open() {
        test = new TestContacts(workspace);
        duplicates = new JpaDuplicateService(test.unit, test.events, test.contacts);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theScanFindsTheSeededPairsWithTheirReasonsAndNoOthers() {
        Organization org = test.contacts.save(new Organization("Northwind Outdoor"));
        save("Ada", "Lovelace", p -> p.getEmails().add(new EmailAddress("work", "ada@analytical.example")));
        save("Augusta", "Byron", p -> p.getEmails().add(new EmailAddress("home", "ADA@Analytical.example")));
        save("Grace", "Hopper", p -> p.getSocialProfiles().add(new SocialProfile("mastodon", "@grace@navy.social", "", 10, false)));
        save("Amazing", "Grace", p -> p.getSocialProfiles().add(new SocialProfile("mastodon", "Grace@navy.social", "", 10, false)));
        save("Alan", "Turing", p -> p.getPhones().add(new PhoneNumber("work", "+44 20 7946 0018")));
        save("Christopher", "Morcom", p -> p.getPhones().add(new PhoneNumber("home", "020 7946-0018")));
        save("Katherine", "Johnson", p -> p.setBirthDate(LocalDate.of(1918, 8, 26)));
        save("Katharine", "Johnson", p -> p.setBirthDate(LocalDate.of(1918, 8, 26)));
        save("Lamarr", "Hedy", p -> p.setSex(Sex.FEMALE));
        save("Hedy", "Lamarr", p -> { });
        // clearly different people, some sharing a city, an organization, a tag or a name with a different birth date
        for (String[] name : new String[][] { { "Barbara", "Liskov" }, { "Edsger", "Dijkstra" }, { "Donald", "Knuth" },
                { "Margaret", "Hamilton" }, { "Frances", "Allen" }, { "Radia", "Perlman" } }) {
            save(name[0], name[1], p -> {
                p.getAddresses().add(new PostalAddress("work", "Main Street 1", "10115", "Berlin", "", "DE"));
                p.getMemberships().add(new Membership(org.getId(), org.getName(), "Engineer"));
                p.getTags().add("customer");
                p.getEmails().add(new EmailAddress("work", p.getFirstName().toLowerCase() + "@northwind.example"));
            });
        }
        save("John", "Smith", p -> p.setBirthDate(LocalDate.of(1970, 1, 1)));
        save("John", "Smith", p -> p.setBirthDate(LocalDate.of(1980, 5, 5)));
        save("Alex", "Morgan", p -> p.setSex(Sex.FEMALE));
        save("Alex", "Morgan", p -> p.setSex(Sex.MALE));
        String[] staff = { "Aiko Tanaka", "Bram Visser", "Carla Mendes", "Dmitri Volkov", "Esther Cohen", "Femi Adebayo",
                "Goran Petrovic", "Helga Brandt", "Ines Duarte", "Jamal Haddad", "Kirsi Virtanen", "Luis Ortega",
                "Mira Kapoor", "Niamh Byrne", "Olaf Lind", "Pavla Dvorak", "Quinn Harper", "Rui Tavares", "Sanna Holm",
                "Tomasz Nowak", "Uma Reddy" };
        assertEquals(DuplicateScanner.MAX_EXACT_GROUP + 1, staff.length);
        for (String name : staff) { // one switchboard number for all of them is no evidence
            save(name.split(" ")[0], name.split(" ")[1], p -> p.getPhones().add(new PhoneNumber("work", "+1 800 555 0100")));
        }

        List<DuplicatePair> pairs = duplicates.scan(new NullProgressMonitor());

        Map<String, String> found = new TreeMap<>();
        pairs.forEach(p -> found.put(p.first().displayName() + " / " + p.second().displayName(), p.reasonText()));
        assertEquals(Map.of("Ada Lovelace / Augusta Byron", "both have ada@analytical.example",
                "Grace Hopper / Amazing Grace", "both are @grace@navy.social on mastodon",
                "Alan Turing / Christopher Morcom", "both have the phone number +44 20 7946 0018",
                "Katherine Johnson / Katharine Johnson", "similar names (95%) and birth date",
                "Lamarr Hedy / Hedy Lamarr", "same name"), found);
        DuplicatePair email = pairs.get(0);
        assertEquals(DuplicateReason.Kind.SAME_EMAIL, email.reasons().get(0).kind());
        assertEquals(95, email.percent());
        assertTrue(pairs.stream().allMatch(p -> p.score() >= 0.5 && p.score() <= 0.99));
        for (int i = 1; i < pairs.size(); i++) {
            assertTrue(pairs.get(i - 1).score() >= pairs.get(i).score(), "best first");
        }
    }

    @Test
    void severalReasonsMakeAStrongerPairAndACancelledScanStops() {
        save("Ada", "Lovelace", p -> {
            p.getEmails().add(new EmailAddress("work", "ada@analytical.example"));
            p.getPhones().add(new PhoneNumber("mobile", "+49 151 2345678"));
        });
        save("Ada", "Lovelase", p -> {
            p.getEmails().add(new EmailAddress("home", "ada@analytical.example"));
            p.getPhones().add(new PhoneNumber("mobile", "0151 2345678"));
        });

        DuplicatePair pair = duplicates.scan(null).get(0);
        assertEquals(List.of(DuplicateReason.Kind.SAME_EMAIL, DuplicateReason.Kind.SAME_PHONE,
                DuplicateReason.Kind.SIMILAR_NAME), pair.reasons().stream().map(DuplicateReason::kind).toList());
        assertEquals(99, pair.percent());

        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> duplicates.scan(cancelled));
    }

    @Test
    void mergeThenUnmergeRestoresBothPeopleExactlyWithTheirHistory() {
        test.contacts.save(new CustomFieldDefinition("channel", "Channel", CustomFieldType.CHOICE, List.of("email", "phone"), 1));
        test.contacts.save(new CustomFieldDefinition("value", "Value", CustomFieldType.NUMBER, List.of(), 2));
        test.contacts.save(new CustomFieldDefinition("since", "Since", CustomFieldType.DATE, List.of(), 3));
        Organization org = test.contacts.save(new Organization("Analytical Engines Ltd"));
        Person survivor = rich("Ada", "Lovelace", "ada@analytical.example", "+44 20 1234 5678", org, "vip", "email");
        Person edited = survivor.copy();
        edited.setNotes("Met at the Difference Engine demo.\nLikes poetry.");
        survivor = test.contacts.save(edited);
        Person merged = rich("Augusta Ada", "King", "ADA@analytical.example", "+44 20 8765 4321", org, "customer", "phone");
        merged.setIncomeBand(IncomeBand.E);
        merged = test.contacts.save(merged);
        Person survivorBefore = test.contacts.person(survivor.getId()).orElseThrow();
        Map<String, String> survivorStored = fields(stored(survivor.getId()));
        Map<String, String> mergedStored = fields(stored(merged.getId()));
        long mergedId = merged.getId();
        List<Long> mergedEvents = test.unit.read(em -> JpaDuplicateService.events(em, mergedId));

        MergeSummary merge = duplicates.merge(MergeRequest.of(survivor.getId(), merged.getId())
                .with(MergeField.NAME, MergeChoice.MERGED).with(MergeField.INCOME_BAND, MergeChoice.MERGED)
                .with(MergeField.TAGS, MergeChoice.SURVIVOR));

        Person after = test.contacts.person(survivor.getId()).orElseThrow();
        assertTrue(test.contacts.person(merged.getId()).isEmpty(), "the merged person is gone");
        assertEquals("Augusta Ada King", after.displayName());
        assertEquals(IncomeBand.E, after.getIncomeBand());
        assertEquals(survivorBefore.getBirthDate(), after.getBirthDate());
        assertEquals(List.of("ada@analytical.example", "ada.home@analytical.example", "augusta.ada.home@analytical.example"),
                after.getEmails().stream().map(EmailAddress::getAddress).toList(), "united, the same address once");
        assertEquals(2, after.getPhones().size());
        assertEquals(List.of("vip"), after.getTags());
        assertEquals("email", after.customValue("channel").orElseThrow().getText(), "the survivor's value where both have one");
        assertEquals(List.of("merged", "edited", "created", "edited", "created"), kinds(survivor.getId()),
                "with the merged one's history");
        assertTrue(events(survivor.getId()).containsAll(mergedEvents), "the merged person's history moved over");
        assertEquals(List.of(merge.id()), duplicates.mergesOf(merged.getId()).stream().map(MergeSummary::id).toList());

        List<Person> restored = duplicates.unmerge(merge.id());

        Person survivorAfter = test.contacts.person(survivor.getId()).orElseThrow();
        Person mergedAfter = test.contacts.person(merged.getId()).orElseThrow();
        assertEquals(survivorStored, fields(stored(survivor.getId())), "every column and list as before the merge");
        assertEquals(mergedStored, fields(stored(merged.getId())));
        assertEquals(fields(survivorAfter), fields(restored.get(0)), "unmerge answers what is stored");
        assertEquals(mergedAfter.getCreatedAt(), restored.get(1).getCreatedAt());
        assertTrue(survivorAfter.getVersion() > after.getVersion(), "open editors of the survivor see a change");
        assertEquals(mergedEvents, events(merged.getId()).subList(0, mergedEvents.size()), "its history came back");
        assertEquals("unmerged", kinds(merged.getId()).get(0));
        assertEquals(List.of("unmerged", "merged", "edited", "created"), kinds(survivor.getId()));
        assertTrue(duplicates.merges(10).get(0).undone());

        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> duplicates.unmerge(merge.id()));
        assertTrue(twice.getMessage().contains("was already undone"), twice.getMessage());
    }

    @Test
    void aMergeIsNotUndoneOverLaterEditsOfTheSurvivor() {
        Person a = save("Grace", "Hopper", p -> p.getEmails().add(new EmailAddress("work", "grace@navy.example")));
        Person b = save("Grace", "Hoper", p -> p.getEmails().add(new EmailAddress("home", "grace@navy.example")));
        MergeSummary merge = duplicates.merge(MergeRequest.of(a.getId(), b.getId()));
        Person later = test.contacts.person(a.getId()).orElseThrow();
        later.setNotes("Edited after the merge");
        test.contacts.save(later);

        assertThrows(ConcurrentEditException.class, () -> duplicates.unmerge(merge.id()));
        assertEquals("Edited after the merge", test.contacts.person(a.getId()).orElseThrow().getNotes());
        assertTrue(test.contacts.person(b.getId()).isEmpty());
    }

    @Test
    void theDemoDataHoldsAFewBelievableDuplicatesOfEachKind() {
        new ContactsDemoData(test.contacts, test.unit, test.events).load(null);
        long[] ids = test.contacts.ids(org.rapport.contacts.ContactQuery.ALL);
        long lastId = java.util.Arrays.stream(ids).max().orElseThrow();

        List<DuplicatePair> pairs = duplicates.scan(null);

        Map<DuplicateReason.Kind, String> seeded = new TreeMap<>();
        for (DuplicatePair pair : pairs) {
            if (pair.second().id() > lastId - DemoDuplicates.COUNT) { // a duplicate the demo data adds last
                seeded.put(pair.reasons().get(0).kind(), pair.first().displayName() + " / " + pair.second().displayName()
                        + ": " + pair.reasonText());
            }
        }
        assertEquals(Set.of(DuplicateReason.Kind.values()), seeded.keySet(), "one of each kind: " + seeded);
        assertTrue(pairs.size() < 20, "a few, not a flood: " + pairs.size());
    }

    private Person rich(String first, String last, String email, String phone, Organization org, String tag, String channel) {
        Person p = new Person(first, last);
        p.setBirthDate(LocalDate.of(1985, 12, 10));
        p.setSex(Sex.FEMALE);
        p.setIncomeBand(IncomeBand.A);
        p.setLanguage("en");
        p.setOwner("anna.keller");
        p.setMarketingConsent(true, LocalDate.of(2024, 3, 1));
        p.setNotes("Notes of " + first);
        p.getEmails().add(new EmailAddress("work", email));
        p.getEmails().add(new EmailAddress("home", first.toLowerCase().replace(' ', '.') + ".home@analytical.example"));
        p.getPhones().add(new PhoneNumber("mobile", phone));
        p.getAddresses().add(new PostalAddress("home", "St James's Square 12", "SW1Y", "London", "", "UK"));
        p.getSocialProfiles().add(new SocialProfile("mastodon", "@" + last.toLowerCase() + "@analytical.social", "https://x",
                1815, true));
        p.getMemberships().add(new Membership(org.getId(), org.getName(), "Countess"));
        p.getTags().add(tag);
        p.setCustomValue("channel", CustomFieldValue.text("channel", channel));
        p.setCustomValue("value", CustomFieldValue.number("value", new BigDecimal("1843.5")));
        p.setCustomValue("since", CustomFieldValue.date("since", LocalDate.of(1843, 9, 1)));
        return test.contacts.save(p);
    }

    private Person save(String first, String last, java.util.function.Consumer<Person> details) {
        Person p = new Person(first, last);
        details.accept(p);
        return test.contacts.save(p);
    }

    private List<Long> events(long personId) {
        return test.unit.read(em -> em.createQuery("SELECT e.id FROM ContactEvent e WHERE e.personId = :p ORDER BY e.id",
                Long.class).setParameter("p", personId).getResultList());
    }

    private List<String> kinds(long personId) {
        return test.unit.read(em -> em.createQuery("SELECT e FROM ContactEvent e WHERE e.personId = :p"
                + " ORDER BY e.happenedAt DESC, e.id DESC", ContactEventEntity.class).setParameter("p", personId).getResultList())
                .stream().map(ContactEventEntity::getKind).toList();
    }

    /** The person as stored. */
    private PersonEntity stored(long id) {
        return test.unit.read(em -> em.find(PersonEntity.class, id));
    }

    /**
     * Every field of a person (stored or API), lists and embedded values included, except what moves on with any
     * change.
     */
    private static Map<String, String> fields(Object person) {
        Map<String, String> fields = new TreeMap<>();
        for (Class<?> type = person.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && !Set.of("version", "updatedAt", "updatedBy").contains(field.getName())) {
                    fields.put(field.getName(), describe(read(field, person)));
                }
            }
        }
        assertTrue(fields.keySet().containsAll(List.of("id", "emails", "customValues", "notes")));
        assertTrue(fields.keySet().containsAll(List.of("createdAt", "createdBy")) || fields.containsKey("revision"));
        return fields;
    }

    private static String describe(Object value) {
        if (value instanceof Instant instant) {
            // PostgreSQL rounds to microseconds: a person still in the cache has the nanoseconds of the clock
            long micros = Math.round(instant.getNano() / 1_000.0);
            return instant.truncatedTo(ChronoUnit.SECONDS).plusNanos(micros * 1_000).toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DuplicateServiceTest::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value != null && value.getClass().getPackageName().startsWith("org.rapport.contacts.")
                && !value.getClass().isEnum() && !value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (Field field : value.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    parts.add(field.getName() + "=" + describe(read(field, value)));
                }
            }
            return value.getClass().getSimpleName() + parts;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString(); // 1843.5 as set, 1843.5000 as read from NUMBER(19,4)
        }
        return value instanceof Instant instant ? instant.toString() : String.valueOf(value);
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
