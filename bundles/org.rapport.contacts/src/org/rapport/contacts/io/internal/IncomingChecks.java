package org.rapport.contacts.io.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.contacts.internal.PersonValidator;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;
import org.rapport.core.FieldProblem;

/**
 * The checks a row passes before it is matched: the contact service's own validator (so an import stores only what
 * the editor accepts) and the lengths of the database columns the validator does not check. One value that cannot be
 * stored never costs the rest of the row: it is left out (a wrong email, a future birth date) or shortened (a name
 * longer than its column), reported at the column or property it came from, and the rest is imported. A row is
 * refused only when nothing is left to identify the person: no name, no email and no social profile. A row whose
 * only fault is that it has neither name nor email may still update the person it matches by a social handle; that
 * is decided when it is matched.
 */
final class IncomingChecks {

    static final String NEEDS_NAME = "lastName";
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)\\]");
    private static final String REST_IMPORTED = "; the rest of the row is imported";

    private final LocalDate today = LocalDate.now();

    /**
     * Checks a contact: leaves out or shortens what cannot be stored, rejects it when nothing identifies the person.
     *
     * @return whether it can only update an existing person (no name and no email)
     */
    boolean check(IncomingContact contact) {
        PersonEntity person = contact.person();
        lengths(contact, person);
        List<FieldProblem> problems = PersonValidator.problems(person, today);
        TreeSet<Integer> emails = new TreeSet<>();
        TreeSet<Integer> phones = new TreeSet<>();
        TreeSet<Integer> profiles = new TreeSet<>();
        for (FieldProblem problem : problems) {
            String field = problem.field();
            String source = contact.sourceOf(field);
            Matcher indexed = INDEXED.matcher(field);
            if (field.equals(NEEDS_NAME)) {
                continue;
            } else if (field.equals("birthDate")) {
                contact.skip(source, String.valueOf(person.getBirthDate()), skipped(problem.message()));
                person.setBirthDate(null);
            } else if (field.equals("consentDate")) {
                contact.skip(source, "", skipped(problem.message() + " The marketing opt-in was left out"));
                person.setMarketingConsent(false, null);
            } else if (indexed.matches() && indexed.group(1).equals("emails")) {
                emails.add(Integer.parseInt(indexed.group(2)));
                contact.skip(source, person.getEmails().get(Integer.parseInt(indexed.group(2))).getAddress(),
                        skipped(problem.message()));
            } else if (indexed.matches() && indexed.group(1).equals("phones")) {
                phones.add(Integer.parseInt(indexed.group(2)));
                contact.skip(source, person.getPhones().get(Integer.parseInt(indexed.group(2))).getNumber(),
                        skipped(problem.message()));
            } else if (indexed.matches() && indexed.group(1).equals("socialProfiles")) {
                SocialProfileEmbeddable profile = person.getSocialProfiles().get(Integer.parseInt(indexed.group(2)));
                profiles.add(Integer.parseInt(indexed.group(2)));
                contact.skip(source, profile.getNetwork() + " " + profile.getHandle(), skipped(problem.message()));
            } else {
                // a rule the validator gained that the import does not know how to leave out: refuse rather than lose it
                contact.reject(source, "", problem.message());
            }
        }
        emails.descendingSet().forEach(i -> person.getEmails().remove((int) i));
        phones.descendingSet().forEach(i -> person.getPhones().remove((int) i));
        profiles.descendingSet().forEach(i -> person.getSocialProfiles().remove((int) i));
        boolean anonymous = person.getFirstName().isEmpty() && person.getLastName().isEmpty()
                && person.getEmails().isEmpty();
        if (anonymous && person.getSocialProfiles().isEmpty() && !contact.rejected()) {
            contact.reject("", "", "nothing identifies the person: the row has neither a name nor an email address (nor"
                    + " a social profile to find the person by); map the name and email columns");
        }
        return anonymous && !contact.rejected();
    }

    /** Shortens (or leaves out) what is longer than its database column. */
    private static void lengths(IncomingContact contact, PersonEntity person) {
        person.setFirstName(shorten(contact, contact.sourceOf("firstName"), person.getFirstName(), 100));
        person.setLastName(shorten(contact, contact.sourceOf("lastName"), person.getLastName(), 100));
        person.setKnownAs(shorten(contact, contact.sourceOf("knownAs"), person.getKnownAs(), 200));
        if (person.getLanguage().length() > 16) {
            contact.skip("language", person.getLanguage(), "a language code has at most 16 characters" + REST_IMPORTED);
            person.setLanguage("");
        }
        if (person.getOwner().length() > 64) {
            contact.skip("owner", person.getOwner(), "an owner's user name has at most 64 characters" + REST_IMPORTED);
            person.setOwner("");
        }
        List<PostalAddressEmbeddable> addresses = person.getAddresses();
        for (int i = 0; i < addresses.size(); i++) {
            PostalAddressEmbeddable a = addresses.get(i);
            String source = contact.sourceOf("addresses[" + i + "]");
            addresses.set(i, new PostalAddressEmbeddable(a.getLabel(), shorten(contact, source + " (street)", a.getStreet(), 200),
                    shorten(contact, source + " (postal code)", a.getPostalCode(), 20),
                    shorten(contact, source + " (city)", a.getCity(), 100),
                    shorten(contact, source + " (region)", a.getRegion(), 100),
                    shorten(contact, source + " (country)", a.getCountry(), 100)));
        }
        List<MembershipEmbeddable> memberships = person.getMemberships();
        for (int i = 0; i < memberships.size(); i++) {
            MembershipEmbeddable m = memberships.get(i);
            memberships.set(i, new MembershipEmbeddable(m.getOrganizationId(),
                    shorten(contact, "organization", m.getOrganizationName(), 200),
                    shorten(contact, "role", m.getRole(), 100)));
        }
        List<SocialProfileEmbeddable> profiles = person.getSocialProfiles();
        for (int i = profiles.size() - 1; i >= 0; i--) {
            SocialProfileEmbeddable profile = profiles.get(i);
            String source = contact.sourceOf("socialProfiles[" + i + "]");
            if (profile.getNetwork().length() > 40 || profile.getHandle().length() > 200) {
                contact.skip(source, profile.getNetwork() + " " + profile.getHandle(), "a network name has at most 40"
                        + " characters and a handle at most 200; the profile was left out" + REST_IMPORTED);
                profiles.remove(i);
            } else if (profile.getUrl().length() > 500) {
                contact.changed(source, profile.getUrl(), "a profile address has at most 500 characters; the profile"
                        + " was imported without it");
                profiles.set(i, new SocialProfileEmbeddable(profile.getNetwork(), profile.getHandle(), "",
                        profile.getFollowers(), profile.isVerified()));
            }
        }
        person.getTags().replaceAll(shortening(contact, "tags", 64));
    }

    /** A validator's message ("... is not an email address.") as the reason a value was left out. */
    private static String skipped(String message) {
        String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return text + REST_IMPORTED;
    }

    private static UnaryOperator<String> shortening(IncomingContact contact, String field, int max) {
        return value -> shorten(contact, field, value, max);
    }

    /** The value, or its first {@code max} characters with a report that it was shortened. */
    private static String shorten(IncomingContact contact, String field, String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        contact.changed(field, value, "shortened to its first " + max + " characters (it has " + value.length()
                + "); the rest of the row is imported");
        return value.substring(0, max);
    }
}
