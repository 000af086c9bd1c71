package org.rapport.contacts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/**
 * People the demo data records twice, the way it happens in real databases, so a duplicate scan in a new workspace
 * finds something to merge: a trade-fair badge scan of a known customer (same email), a typo over the phone (same
 * mobile number, written the local way), a second profile from a social import (same handle), and a name typed
 * without its accent (same name once accents go, same birth date).
 */
final class DemoDuplicates {

    /** How many duplicates {@link #of} adds. */
    static final int COUNT = 4;

    private DemoDuplicates() {
    }

    /** The second records of four of the given people (which are not changed); the same ones every time. */
    static List<PersonEntity> of(List<PersonEntity> people) {
        PersonEntity badge = pick(people, 7, p -> !p.getEmails().isEmpty());
        PersonEntity typo = pick(people, 31, p -> !p.getPhones().isEmpty() && p.getLastName().matches("\\p{L}{5,}"));
        PersonEntity social = pick(people, 58, p -> p.getSocialProfiles().stream().anyMatch(s -> s.getNetwork().equals("mastodon")));
        PersonEntity accent = pick(people, 90, p -> p.getBirthDate() != null && !ContactsDemoData.slug(p.getFirstName())
                .equals(p.getFirstName().toLowerCase()));
        return List.of(badgeScan(badge), phoneTypo(typo), socialImport(social), withoutAccent(accent));
    }

    private static PersonEntity badgeScan(PersonEntity known) {
        PersonEntity scan = new PersonEntity(known.getFirstName(), known.getLastName());
        scan.getEmails().add(new EmailAddressEmbeddable("work", known.getEmails().get(0).getAddress().toUpperCase()));
        scan.getTags().add("event-2026");
        scan.setNotes("Badge scan at the spring trade fair: asked for the new catalogue.");
        return scan;
    }

    private static PersonEntity phoneTypo(PersonEntity known) {
        String last = known.getLastName();
        // two letters swapped, as when a name is spelled out on the phone
        String typo = last.substring(0, 2) + last.charAt(3) + last.charAt(2) + last.substring(4);
        PersonEntity caller = new PersonEntity(known.getFirstName(), typo);
        String number = known.getPhones().get(0).getNumber(); // "+49 15x nnnnnnn"
        caller.getPhones().add(new PhoneNumberEmbeddable("mobile", "0" + number.substring(4)));
        caller.setOwner(known.getOwner());
        caller.setNotes("Called about a delivery; call back in the afternoon.");
        return caller;
    }

    private static PersonEntity socialImport(PersonEntity known) {
        SocialProfileEmbeddable profile = known.getSocialProfiles().stream().filter(s -> s.getNetwork().equals("mastodon"))
                .findFirst().orElseThrow();
        PersonEntity imported = new PersonEntity(known.getFirstName().substring(0, 1) + ".", known.getLastName());
        imported.getSocialProfiles().add(new SocialProfileEmbeddable("mastodon", profile.getHandle().substring(1), profile.getUrl(),
                profile.getFollowers(), profile.isVerified()));
        imported.getTags().add("ambassador");
        return imported;
    }

    private static PersonEntity withoutAccent(PersonEntity known) {
        String plain = java.text.Normalizer.normalize(known.getFirstName(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        PersonEntity twin = new PersonEntity(plain, known.getLastName());
        LocalDate born = known.getBirthDate();
        twin.setBirthDate(born);
        twin.setSex(known.getSex());
        String handle = ContactsDemoData.slug(plain) + "." + ContactsDemoData.slug(known.getLastName());
        twin.getEmails().add(new EmailAddressEmbeddable("home", handle + born.getYear() % 100 + "@post.example"));
        twin.setLanguage(known.getLanguage());
        return twin;
    }

    /** The first person from {@code start} on (wrapping around) that fits and has no namesake, to keep pairs clear. */
    private static PersonEntity pick(List<PersonEntity> people, int start, Predicate<PersonEntity> fits) {
        for (int i = 0; i < people.size(); i++) {
            PersonEntity candidate = people.get((start + i) % people.size());
            boolean namesake = people.stream().anyMatch(p -> p != candidate
                    && ContactsDemoData.slug(p.displayName()).equals(ContactsDemoData.slug(candidate.displayName())));
            if (fits.test(candidate) && !namesake) {
                return candidate;
            }
        }
        throw new IllegalStateException("the demo data has no one to record twice");
    }
}
