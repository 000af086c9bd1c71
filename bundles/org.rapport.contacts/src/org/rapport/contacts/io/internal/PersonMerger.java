package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;
import org.rapport.contacts.model.Sex;

/**
 * Adds what an imported row knows to a person who exists: the person keeps every value they have; empty fields are
 * filled, and emails, phones, addresses, social profiles, organizations, tags and custom values they lack are added.
 * Nothing is overwritten, so importing the same file twice changes nothing the second time.
 */
final class PersonMerger {

    private PersonMerger() {
    }

    /** Merges {@code incoming} into {@code target} and says what it added, e.g. ["emails", "tags"]; empty: nothing. */
    static List<String> merge(PersonEntity target, PersonEntity incoming) {
        Set<String> added = new LinkedHashSet<>();
        if (target.getFirstName().isEmpty() && !incoming.getFirstName().isEmpty()) {
            target.setFirstName(incoming.getFirstName());
            added.add("name");
        }
        if (target.getLastName().isEmpty() && !incoming.getLastName().isEmpty()) {
            target.setLastName(incoming.getLastName());
            added.add("name");
        }
        if (target.getBirthDate() == null && incoming.getBirthDate() != null) {
            target.setBirthDate(incoming.getBirthDate());
            added.add("birth date");
        }
        if (target.getSex() == Sex.UNSPECIFIED && incoming.getSex() != Sex.UNSPECIFIED) {
            target.setSex(incoming.getSex());
            added.add("sex");
        }
        if (target.getIncomeBand() == null && incoming.getIncomeBand() != null) {
            target.setIncomeBand(incoming.getIncomeBand());
            added.add("income band");
        }
        if (target.getKnownAs().isEmpty() && !incoming.getKnownAs().isEmpty()
                && !incoming.getKnownAs().equals(target.displayName())) {
            target.setKnownAs(incoming.getKnownAs());
            added.add("name known by");
        }
        if (target.getLanguage().isEmpty() && !incoming.getLanguage().isEmpty()) {
            target.setLanguage(incoming.getLanguage());
            added.add("language");
        }
        if (target.getOwner().isEmpty() && !incoming.getOwner().isEmpty()) {
            target.setOwner(incoming.getOwner());
            added.add("owner");
        }
        if (target.getConsentDate() == null && incoming.getConsentDate() != null) {
            target.setMarketingConsent(incoming.isMarketingOptIn(), incoming.getConsentDate());
            added.add("consent");
        }
        if (target.getNotes().isEmpty() && !incoming.getNotes().isEmpty()) {
            target.setNotes(incoming.getNotes());
            added.add("notes");
        }
        emails(target, incoming, added);
        phones(target, incoming, added);
        addresses(target, incoming, added);
        profiles(target, incoming, added);
        memberships(target, incoming, added);
        for (String tag : incoming.getTags()) {
            String clean = tag.trim().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty() && target.getTags().stream().noneMatch(t -> t.equalsIgnoreCase(clean))) {
                target.getTags().add(clean);
                added.add("tags");
            }
        }
        for (CustomFieldValueEmbeddable value : incoming.getCustomValues()) {
            if (target.customValue(value.getFieldKey()).isEmpty()) {
                target.setCustomValue(value.getFieldKey(), value);
                added.add("custom fields");
            }
        }
        return new ArrayList<>(added);
    }

    private static void emails(PersonEntity target, PersonEntity incoming, Set<String> added) {
        for (EmailAddressEmbeddable email : incoming.getEmails()) {
            if (target.getEmails().stream().noneMatch(e -> e.getAddress().equalsIgnoreCase(email.getAddress()))) {
                target.getEmails().add(email);
                added.add("emails");
            }
        }
    }

    private static void phones(PersonEntity target, PersonEntity incoming, Set<String> added) {
        for (PhoneNumberEmbeddable phone : incoming.getPhones()) {
            if (target.getPhones().stream().noneMatch(p -> p.normalized().equals(phone.normalized()))) {
                target.getPhones().add(phone);
                added.add("phones");
            }
        }
    }

    private static void addresses(PersonEntity target, PersonEntity incoming, Set<String> added) {
        for (PostalAddressEmbeddable address : incoming.getAddresses()) {
            if (target.getAddresses().stream().noneMatch(a -> key(a).equals(key(address)))) {
                target.getAddresses().add(address);
                added.add("addresses");
            }
        }
    }

    private static String key(PostalAddressEmbeddable a) {
        return String.join("|", a.getStreet(), a.getPostalCode(), a.getCity(), a.getCountry()).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }

    private static void profiles(PersonEntity target, PersonEntity incoming, Set<String> added) {
        List<SocialProfileEmbeddable> profiles = target.getSocialProfiles();
        for (SocialProfileEmbeddable profile : incoming.getSocialProfiles()) {
            int known = -1;
            for (int i = 0; i < profiles.size() && known < 0; i++) {
                if (profiles.get(i).getNetwork().equals(profile.getNetwork())
                        && profiles.get(i).normalizedHandle().equals(profile.normalizedHandle())) {
                    known = i;
                }
            }
            if (known < 0) {
                profiles.add(profile);
                added.add("social profiles");
                continue;
            }
            SocialProfileEmbeddable old = profiles.get(known);
            boolean url = old.getUrl().isEmpty() && !profile.getUrl().isEmpty();
            boolean followers = old.getFollowers() == 0 && profile.getFollowers() > 0;
            if (url || followers) {
                profiles.set(known, new SocialProfileEmbeddable(old.getNetwork(), old.getHandle(),
                        url ? profile.getUrl() : old.getUrl(), followers ? profile.getFollowers() : old.getFollowers(),
                        old.isVerified() || profile.isVerified()));
                added.add("social profiles");
            }
        }
    }

    private static void memberships(PersonEntity target, PersonEntity incoming, Set<String> added) {
        List<MembershipEmbeddable> memberships = target.getMemberships();
        for (MembershipEmbeddable membership : incoming.getMemberships()) {
            int known = -1;
            for (int i = 0; i < memberships.size() && known < 0; i++) {
                if (memberships.get(i).getOrganizationName().equalsIgnoreCase(membership.getOrganizationName())) {
                    known = i;
                }
            }
            if (known < 0) {
                memberships.add(membership);
                added.add("organizations");
            } else if (memberships.get(known).getRole().isEmpty() && !membership.getRole().isEmpty()) {
                MembershipEmbeddable old = memberships.get(known);
                memberships.set(known, new MembershipEmbeddable(old.getOrganizationId(), old.getOrganizationName(),
                        membership.getRole()));
                added.add("organizations");
            }
        }
    }
}
