package org.rapport.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.ContactValidationException;
import org.rapport.core.FieldProblem;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.CustomFieldType;
import org.rapport.contacts.model.CustomFieldValue;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.Sex;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentCondition.AgeBetween;
import org.rapport.contacts.segments.SegmentCondition.IncomeAtLeast;
import org.rapport.contacts.segments.SegmentCondition.SocialFootprint;
import org.rapport.contacts.segments.SegmentCriteria;
import org.rapport.contacts.segments.SegmentQuery;

/**
 * Segments evaluated by the database over ten hand-made people, each condition with the members worked out by hand,
 * including the edges: ages on the birthday, follower counts on the limit, unknown values.
 */
class SegmentServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path workspace;
    private TestContacts test;
    private JpaSegmentService segments;

    @BeforeEach
    void open() {
        test = new TestContacts(workspace);
        segments = new JpaSegmentService(test.unit, test.contacts);
        test.contacts.save(new CustomFieldDefinition("preferred_channel", "Preferred channel", CustomFieldType.CHOICE,
                List.of("email", "phone", "visit", "social"), 1));
        test.contacts.save(new CustomFieldDefinition("annual_value", "Annual value", CustomFieldType.NUMBER, List.of(), 2));
        test.contacts.save(new CustomFieldDefinition("customer_since", "Customer since", CustomFieldType.DATE, List.of(), 3));
        test.contacts.save(new CustomFieldDefinition("nickname", "Nickname", CustomFieldType.TEXT, List.of(), 4));

        Person ada = person("Ada", "Young", TODAY.minusYears(30), Sex.FEMALE, IncomeBand.A, "mastodon", 1500, false);
        ada.setOwner("anna.keller");
        ada.setMarketingConsent(true, TODAY.minusDays(10));
        ada.getTags().addAll(List.of("vip", "customer"));
        custom(ada, "email", "2500", "2020-05-01", "Countess");
        save(ada);
        Person ben = person("Ben", "Edge", TODAY.minusYears(25), Sex.MALE, IncomeBand.B, "mastodon", 1000, false);
        ben.setOwner("Anna.Keller");
        ben.getTags().add("customer");
        custom(ben, "phone", "1000", "2019-12-31", null);
        save(ben);
        Person cleo = person("Cleo", "Forty", TODAY.minusYears(41).plusDays(1), Sex.FEMALE, IncomeBand.B, "mastodon", 5000, true);
        cleo.setMarketingConsent(true, TODAY.minusDays(3));
        cleo.getTags().add("vip");
        custom(cleo, "visit", "999.99", "2021-01-01", "countess of nothing");
        save(cleo);
        save(person("Dan", "Old", TODAY.minusYears(41), Sex.MALE, IncomeBand.A, "mastodon", 2000, false));
        Person eve = person("Eve", "Modest", TODAY.minusYears(30), Sex.FEMALE, IncomeBand.C, "mastodon", 3000, false);
        eve.setLanguage("de");
        save(eve);
        save(person("Finn", "Few", TODAY.minusYears(30), Sex.MALE, IncomeBand.A, "mastodon", 999, false));
        Person gus = person("Gus", "Sky", TODAY.minusYears(30), Sex.DIVERSE, IncomeBand.A, "bluesky", 5000, false);
        gus.setLanguage("DE");
        save(gus);
        save(person("Hana", "Nobirth", null, Sex.FEMALE, IncomeBand.A, "mastodon", 2000, false));
        save(person("Ivo", "Noincome", TODAY.minusYears(30), Sex.MALE, null, "mastodon", 2000, false));
        save(person("Jo", "Unsaid", TODAY.minusYears(35), Sex.UNSPECIFIED, IncomeBand.B, "mastodon", 1200, false));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theExampleSegmentAge25To40IncomeAtLeastBAndAMastodonProfileWith1000Followers() {
        SegmentCriteria example = SegmentCriteria.all(new AgeBetween(25, 40), new IncomeAtLeast(IncomeBand.B),
                new SocialFootprint("Mastodon", 1000, false));

        // Ben is 25 today, Cleo turns 41 tomorrow, Ben has exactly 1,000 followers; Dan turned 41 today, Eve earns C,
        // Finn has 999 followers, Gus is on Bluesky only, Hana's age and Ivo's income are unknown
        assertEquals(Set.of("Ada Young", "Ben Edge", "Cleo Forty", "Jo Unsaid"), members(example));
        assertEquals(4, segments.count(example));
        assertEquals(example, SegmentCriteria.parse(example.toText()));
        assertEquals("""
                rapport-segment 1
                match all
                age 25..40
                income >= B
                social mastodon followers >= 1000
                """, example.toText());
    }

    @Test
    void demographicConditionsTreatUnknownValuesAsNotMatching() {
        assertEquals(Set.of("Ada Young", "Cleo Forty", "Eve Modest", "Hana Nobirth", "Jo Unsaid"),
                members("sex female unspecified"));
        assertEquals(Set.of("Jo Unsaid"), members("sex unspecified"));
        assertEquals(Set.of("Ben Edge"), members("age ..29"), "Hana has no birth date");
        assertEquals(Set.of("Cleo Forty", "Dan Old"), members("age 40.."));
        assertEquals(Set.of("Eve Modest"), members("income <= C"), "Ivo has no income band");
        assertEquals(Set.of("Eve Modest", "Gus Sky"), members("language de"));
        assertEquals(Set.of("Ada Young", "Ben Edge"), members("owner anna.keller"));
        assertEquals(Set.of("Ada Young", "Cleo Forty"), members("consent yes"));
        assertEquals(8, segments.count(SegmentCriteria.parse(criteria("consent no"))));
        assertEquals(10, segments.count(SegmentCriteria.EVERYONE));
    }

    @Test
    void tagAndSocialConditions() {
        assertEquals(Set.of("Ada Young", "Ben Edge", "Cleo Forty"), members("tags any vip customer"));
        assertEquals(Set.of("Ada Young"), members("tags all vip customer"));
        assertEquals(Set.of("Cleo Forty"), members("social mastodon verified"));
        assertEquals(Set.of("Gus Sky"), members("social bluesky followers >= 1000"));
        assertEquals(9, segments.count(SegmentCriteria.parse(criteria("social mastodon"))));
    }

    @Test
    void customFieldConditionsCompareByTheFieldsType() {
        assertEquals(Set.of("Ada Young"), members("custom nickname text COUNTESS"), "text equals, ignoring case");
        assertEquals(Set.of("Ada Young", "Ben Edge"), members("custom preferred_channel choice email phone"));
        assertEquals(Set.of("Ada Young", "Ben Edge"), members("custom annual_value number 1000..2500"));
        assertEquals(Set.of("Cleo Forty"), members("custom annual_value number ..999.99"));
        assertEquals(Set.of("Ada Young"), members("custom customer_since date 2020-01-01..2020-12-31"));
        assertEquals(Set.of("Cleo Forty"), members("custom customer_since date 2021-01-01.."));
    }

    @Test
    void anyMatchAddsUpTheConditions() {
        assertEquals(Set.of("Ben Edge", "Ada Young", "Cleo Forty"), members("match any\nage ..29\ntags any vip"));
        assertEquals(Set.of("Gus Sky", "Cleo Forty", "Eve Modest"),
                members("match any\nsocial bluesky\nsocial mastodon verified\nlanguage de"));
    }

    @Test
    void membersComeAPageAtATimeInListOrderAndAsIds() {
        SegmentQuery byName = SegmentQuery.of(SegmentCriteria.parse(criteria("social mastodon")));
        List<PersonRow> first = segments.page(byName, 0, 4);
        List<PersonRow> rest = segments.page(byName, 4, 10);

        assertEquals(List.of("Ben Edge", "Finn Few", "Cleo Forty", "Eve Modest"), names(first));
        assertEquals(List.of("Hana Nobirth", "Ivo Noincome", "Dan Old", "Jo Unsaid", "Ada Young"), names(rest));
        long[] ids = segments.ids(byName);
        assertEquals(9, ids.length);
        assertArrayEquals(ids, java.util.stream.Stream.concat(first.stream(), rest.stream()).mapToLong(PersonRow::id).toArray());
        SegmentQuery joinedDescending = new SegmentQuery(SegmentCriteria.parse(criteria("tags any vip customer")),
                ContactSort.NAME, true);
        assertEquals(List.of("Ada Young", "Cleo Forty", "Ben Edge"), names(segments.page(joinedDescending, 0, 10)),
                "Ada, with two matching tags, is listed once");
    }

    @Test
    void segmentsAreSavedListedChangedAndDeleted() {
        Segment saved = segments.save(new Segment("Young savers", "25 to 40, income B or better",
                SegmentCriteria.parse(criteria("age 25..40\nincome >= B"))));
        segments.save(new Segment("Amplifiers", "", SegmentCriteria.parse(criteria("social mastodon followers >= 1000"))));

        assertEquals(List.of("Amplifiers", "Young savers"), segments.segments().stream().map(Segment::getName).toList());
        Segment read = segments.segment(saved.getId()).orElseThrow();
        assertEquals(saved.getCriteria(), read.getCriteria());
        assertEquals(6, segments.count(read.getCriteria()));

        Segment mine = read.copy();
        Segment theirs = read.copy();
        theirs.setDescription("changed by a colleague");
        segments.save(theirs);
        mine.setName("Mine");
        assertThrows(ConcurrentEditException.class, () -> segments.save(mine));

        ContactValidationException taken = assertThrows(ContactValidationException.class,
                () -> segments.save(new Segment("amplifiers", "", SegmentCriteria.EVERYONE)));
        assertEquals("name", taken.problems().get(0).field());

        segments.delete(saved.getId());
        assertEquals(List.of("Amplifiers"), segments.segments().stream().map(Segment::getName).toList());
    }

    @Test
    void criteriaThatDoNotFitTheCustomFieldsAreRefusedWithAMessagePerCondition() {
        SegmentCriteria wrong = SegmentCriteria.parse(criteria("""
                custom annual_value text big
                custom shoe_size number 40..
                custom preferred_channel choice email fax
                """));

        List<FieldProblem> problems = segments.validate(wrong);

        assertEquals(List.of("conditions[0]", "conditions[1]", "conditions[2]"), problems.stream().map(FieldProblem::field).toList());
        assertEquals("'Annual value' is a number field; compare it as a number range.", problems.get(0).message());
        assertTrue(problems.get(1).message().startsWith("There is no custom field 'shoe_size'"), problems.get(1).message());
        assertTrue(problems.get(2).message().startsWith("'fax' is not a choice of 'Preferred channel'"), problems.get(2).message());
        assertThrows(ContactValidationException.class, () -> segments.count(wrong));
    }

    private Set<String> members(String conditions) {
        return members(SegmentCriteria.parse(criteria(conditions)));
    }

    private Set<String> members(SegmentCriteria criteria) {
        Set<String> names = new TreeSet<>(names(segments.page(SegmentQuery.of(criteria), 0, 100)));
        assertEquals(names.size(), segments.count(criteria), "count and page agree for " + criteria.toText());
        return names;
    }

    private static String criteria(String conditions) {
        return "rapport-segment 1\n" + conditions;
    }

    private static List<String> names(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::displayName).toList();
    }

    private static Person person(String first, String last, LocalDate birth, Sex sex, IncomeBand income, String network,
            int followers, boolean verified) {
        Person p = new Person(first, last);
        p.setBirthDate(birth);
        p.setSex(sex);
        p.setIncomeBand(income);
        p.setLanguage("en");
        p.setOwner("ben.osei");
        p.getSocialProfiles().add(new SocialProfile(network, "@" + first.toLowerCase() + "@example.social", "", followers, verified));
        return p;
    }

    private static void custom(Person p, String channel, String value, String since, String nickname) {
        p.setCustomValue("preferred_channel", CustomFieldValue.text("preferred_channel", channel));
        p.setCustomValue("annual_value", CustomFieldValue.number("annual_value", new BigDecimal(value)));
        p.setCustomValue("customer_since", CustomFieldValue.date("customer_since", LocalDate.parse(since)));
        if (nickname != null) {
            p.setCustomValue("nickname", CustomFieldValue.text("nickname", nickname));
        }
    }

    private void save(Person p) {
        test.contacts.save(p);
    }
}
