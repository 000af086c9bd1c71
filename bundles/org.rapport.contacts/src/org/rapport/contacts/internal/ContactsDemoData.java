package org.rapport.contacts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.CustomFieldType;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Sex;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.persistence.access.Audited;

/**
 * About 200 believable people in 24 organizations, with social profiles, tags, consent and two custom fields, the
 * same every time (a fixed random seed), so demos and screenshots are repeatable. A few of them are recorded twice
 * ({@link DemoDuplicates}), so the Duplicates view has something to show.
 */
@Component(service = DemoDataProvider.class)
public class ContactsDemoData implements DemoDataProvider {

    /** People, duplicates included. */
    static final int PEOPLE = 200;
    private static final String[] FIRST_F = { "Ada", "Grace", "Amara", "Sofia", "Mei", "Lena", "Priya", "Chloé", "Ingrid",
            "Fatima", "Yuki", "Olivia", "Nora", "Elena", "Aisha", "Hanna", "Lucía", "Zoe", "Maren", "Kemi" };
    private static final String[] FIRST_M = { "Alan", "Tomás", "Kenji", "Omar", "Lars", "Mateo", "Ravi", "Jonas", "Felix",
            "Samuel", "Idris", "Noah", "Luca", "Emil", "Kwame", "Arjun", "Hugo", "Mika", "Diego", "Theo" };
    private static final String[] LAST = { "Lovelace", "Hopper", "Okafor", "Rossi", "Chen", "Schmidt", "Sharma", "Dubois",
            "Johansson", "Haddad", "Tanaka", "Martin", "Berg", "Popescu", "Mensah", "Novak", "García", "Fischer", "Larsen",
            "Adeyemi", "Moreau", "Kowalski", "Silva", "Nguyen", "O'Brien", "Weber", "Costa", "Yilmaz", "Ivanova", "Park" };
    private static final String[][] CITIES = { { "Berlin", "10115", "DE" }, { "Hamburg", "20095", "DE" },
            { "Munich", "80331", "DE" }, { "Vienna", "1010", "AT" }, { "Zurich", "8001", "CH" }, { "Amsterdam", "1012", "NL" },
            { "Lyon", "69001", "FR" }, { "Copenhagen", "1050", "DK" }, { "Barcelona", "08001", "ES" }, { "Milan", "20121", "IT" } };
    private static final String[] STREETS = { "Lindenstraße", "Hafenweg", "Marktplatz", "Kastanienallee", "Rosengasse",
            "Bahnhofstraße", "Canal Street", "Rue des Fleurs", "Via Roma", "Strandvejen" };
    private static final String[] ORGANIZATIONS = { "Northwind Outdoor", "Blue Fjord Bikes", "Lumen Coffee Roasters",
            "Kestrel Analytics", "Harbor & Hill Realty", "Greenleaf Organics", "Atlas Freight", "Copperline Studios",
            "Mosaic Health", "Brightwater Hotels", "Pixelforge Games", "Alpine Ski Club", "Riverside Rowing Association",
            "Nordlicht Solar", "Bellwether Consulting", "Saffron Kitchen Group", "Tidewater Logistics", "Quill & Ink Books",
            "Orbit Telecom", "Verde Mobility", "Starling Insurance", "Cobalt Robotics", "Wildflower Events", "Stonebridge Bank" };
    private static final String[] INDUSTRIES = { "Retail", "Sports", "Food & Beverage", "Software", "Real estate", "Logistics",
            "Media", "Health", "Hospitality", "Energy", "Consulting", "Finance" };
    private static final String[] ROLES = { "CEO", "Head of Purchasing", "Marketing Manager", "Store Manager", "Member",
            "Founder", "Community Lead", "Office Manager", "CTO", "Sales Director" };
    private static final String[] TAGS = { "customer", "prospect", "vip", "newsletter", "partner", "event-2026", "ambassador",
            "churn-risk", "b2b", "b2c" };
    private static final String[] OWNERS = { "anna.keller", "ben.osei", "chloe.martin", "david.lind" };
    private static final String[] LANGUAGES = { "en", "de", "fr", "es", "it", "nl" };

    private final ContactService contacts;
    private final ContactsUnit unit;
    private final ContactEvents events;

    @Activate
    public ContactsDemoData(@Reference ContactService contacts, @Reference ContactsUnit unit, @Reference ContactEvents events) {
        this.contacts = contacts;
        this.unit = unit;
        this.events = events;
    }

    @Override
    public String id() {
        return "contacts";
    }

    @Override
    public boolean isEmpty() {
        return contacts.count(ContactQuery.ALL) == 0;
    }

    @Override
    public void load(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Demo contacts", 3);
        Random random = new Random(20261123);
        contacts.save(new CustomFieldDefinition("preferred_channel", "Preferred channel", CustomFieldType.CHOICE,
                List.of("email", "phone", "visit", "social"), 1));
        contacts.save(new CustomFieldDefinition("customer_since", "Customer since", CustomFieldType.DATE, List.of(), 2));
        contacts.save(new CustomFieldDefinition("annual_value", "Annual value (EUR)", CustomFieldType.NUMBER, List.of(), 3));
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < ORGANIZATIONS.length; i++) {
            Organization org = new Organization(ORGANIZATIONS[i]);
            org.setIndustry(INDUSTRIES[i % INDUSTRIES.length]);
            org.setCity(CITIES[i % CITIES.length][0]);
            org.setWebsite("https://" + slug(ORGANIZATIONS[i]) + ".example");
            organizations.add(contacts.save(org));
        }
        progress.worked(1);
        List<PersonEntity> people = new ArrayList<>();
        Set<String> usedHandles = new HashSet<>();
        for (int i = 0; i < PEOPLE - DemoDuplicates.COUNT; i++) {
            people.add(person(random, organizations, usedHandles));
        }
        people.addAll(DemoDuplicates.of(people));
        progress.worked(1);
        unit.write(em -> {
            for (PersonEntity person : people) {
                person.refreshSummary();
                em.persist(person);
            }
            em.flush();
            for (PersonEntity person : people) {
                em.persist(new ContactEventEntity(person.getId(), ContactEventEntity.Kind.CREATED, "Contact created",
                        "Added with the demo data", Audited.currentUser(em)));
            }
            return null;
        });
        events.peopleChanged(List.of());
        progress.worked(1);
    }

    private static PersonEntity person(Random random, List<Organization> organizations, Set<String> usedHandles) {
        boolean female = random.nextBoolean();
        String first = pick(random, female ? FIRST_F : FIRST_M);
        String last = pick(random, LAST);
        PersonEntity p = new PersonEntity(first, last);
        p.setSex(random.nextInt(12) == 0 ? Sex.UNSPECIFIED : female ? Sex.FEMALE : Sex.MALE);
        if (random.nextInt(5) > 0) {
            p.setBirthDate(LocalDate.of(1955 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        p.setIncomeBand(random.nextInt(6) == 0 ? null : IncomeBand.values()[random.nextInt(5)]);
        p.setLanguage(pick(random, LANGUAGES));
        p.setOwner(pick(random, OWNERS));
        String handle = slug(first) + "." + slug(last);
        for (int n = 2; !usedHandles.add(handle); n++) { // namesakes are different people, with handles of their own
            handle = slug(first) + "." + slug(last) + n;
        }
        Organization org = organizations.get(random.nextInt(organizations.size()));
        p.getEmails().add(new EmailAddressEmbeddable("work", handle + random.nextInt(100) + "@" + slug(org.getName()) + ".example"));
        if (random.nextBoolean()) {
            p.getEmails().add(new EmailAddressEmbeddable("home", handle + "@mail.example"));
        }
        p.getPhones().add(new PhoneNumberEmbeddable("mobile", String.format("+49 15%d %07d", random.nextInt(10), random.nextInt(10_000_000))));
        String[] city = CITIES[random.nextInt(CITIES.length)];
        p.getAddresses().add(new PostalAddressEmbeddable("home", pick(random, STREETS) + " " + (1 + random.nextInt(120)), city[1],
                city[0], "", city[2]));
        p.getMemberships().add(new MembershipEmbeddable(org.getId(), org.getName(), pick(random, ROLES)));
        addSocialProfiles(random, p, handle);
        for (int t = random.nextInt(4); t > 0; t--) {
            String tag = pick(random, TAGS);
            if (!p.getTags().contains(tag)) {
                p.getTags().add(tag);
            }
        }
        if (random.nextInt(3) > 0) {
            p.setMarketingConsent(true, LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        p.setCustomValue("preferred_channel", CustomFieldValueEmbeddable.text("preferred_channel",
                pick(random, new String[] { "email", "phone", "visit", "social" })));
        if (p.getTags().contains("customer")) {
            p.setCustomValue("customer_since", CustomFieldValueEmbeddable.date("customer_since",
                    LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1)));
            p.setCustomValue("annual_value", CustomFieldValueEmbeddable.number("annual_value", BigDecimal.valueOf(500 + random.nextInt(50_000))));
        }
        p.setNotes(random.nextInt(4) == 0 ? "Met at the spring trade fair; interested in the loyalty programme." : "");
        return p;
    }

    private static void addSocialProfiles(Random random, PersonEntity p, String handle) {
        if (random.nextInt(4) > 0) {
            int followers = (int) Math.round(Math.exp(3 + random.nextDouble() * 8));
            p.getSocialProfiles().add(new SocialProfileEmbeddable("mastodon", "@" + handle + "@mastodon.social",
                    "https://mastodon.social/@" + handle, followers, random.nextInt(10) == 0));
        }
        if (random.nextBoolean()) {
            p.getSocialProfiles().add(new SocialProfileEmbeddable("bluesky", handle + ".bsky.social",
                    "https://bsky.app/profile/" + handle + ".bsky.social", (int) Math.round(Math.exp(2 + random.nextDouble() * 7)),
                    false));
        }
        if (random.nextInt(3) == 0) {
            p.getSocialProfiles().add(new SocialProfileEmbeddable("linkedin", handle, "https://www.linkedin.com/in/" + handle,
                    random.nextInt(3000), false));
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
