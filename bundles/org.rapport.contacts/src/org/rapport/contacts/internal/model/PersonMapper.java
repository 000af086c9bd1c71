package org.rapport.contacts.internal.model;

import org.rapport.contacts.model.CustomFieldValue;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.contacts.model.PostalAddress;
import org.rapport.contacts.model.SocialProfile;

/**
 * Copies between the API {@link Person} the contacts services hand out and take back, and the {@link PersonEntity}
 * they store, values included. Everything the API person holds has a column; the list columns are the entity's own.
 */
public final class PersonMapper {

    private PersonMapper() {
    }

    /** A detached API copy of an entity, every list included. */
    public static Person toApi(PersonEntity from) {
        Person to = new Person(from.getId(), from.revision());
        to.setFirstName(from.getFirstName());
        to.setLastName(from.getLastName());
        to.setKnownAs(from.getKnownAs());
        to.setBirthDate(from.getBirthDate());
        to.setSex(from.getSex());
        to.setIncomeBand(from.getIncomeBand());
        to.setLanguage(from.getLanguage());
        to.setOwner(from.getOwner());
        to.setMarketingConsent(from.isMarketingOptIn(), from.getConsentDate());
        to.setNotes(from.getNotes());
        from.getEmails().forEach(e -> to.getEmails().add(new EmailAddress(e.getLabel(), e.getAddress())));
        from.getPhones().forEach(p -> to.getPhones().add(new PhoneNumber(p.getLabel(), p.getNumber())));
        from.getAddresses().forEach(a -> to.getAddresses().add(new PostalAddress(a.getLabel(), a.getStreet(),
                a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry())));
        from.getSocialProfiles().forEach(s -> to.getSocialProfiles().add(new SocialProfile(s.getNetwork(), s.getHandle(),
                s.getUrl(), s.getFollowers(), s.isVerified())));
        from.getMemberships().forEach(m -> to.getMemberships().add(new Membership(m.getOrganizationId(),
                m.getOrganizationName(), m.getRole())));
        to.getTags().addAll(from.getTags());
        from.getCustomValues().forEach(v -> to.getCustomValues().add(toApi(v)));
        return to;
    }

    /** A new entity holding what an API person holds (not its id and revision), its list columns refreshed. */
    public static PersonEntity toNewEntity(Person from) {
        PersonEntity to = new PersonEntity();
        copyFields(from, to);
        return to;
    }

    /**
     * Copies what an API person holds onto an entity, all but the id, version and audit fields, and refreshes the
     * entity's list columns.
     */
    public static void copyFields(Person from, PersonEntity to) {
        to.setFirstName(from.getFirstName());
        to.setLastName(from.getLastName());
        to.setKnownAs(from.getKnownAs());
        to.setBirthDate(from.getBirthDate());
        to.setSex(from.getSex());
        to.setIncomeBand(from.getIncomeBand());
        to.setLanguage(from.getLanguage());
        to.setOwner(from.getOwner());
        to.setMarketingConsent(from.isMarketingOptIn(), from.getConsentDate());
        to.setNotes(from.getNotes());
        to.getEmails().clear();
        from.getEmails().forEach(e -> to.getEmails().add(new EmailAddressEmbeddable(e.getLabel(), e.getAddress())));
        to.getPhones().clear();
        from.getPhones().forEach(p -> to.getPhones().add(new PhoneNumberEmbeddable(p.getLabel(), p.getNumber())));
        to.getAddresses().clear();
        from.getAddresses().forEach(a -> to.getAddresses().add(new PostalAddressEmbeddable(a.getLabel(), a.getStreet(),
                a.getPostalCode(), a.getCity(), a.getRegion(), a.getCountry())));
        to.getSocialProfiles().clear();
        from.getSocialProfiles().forEach(s -> to.getSocialProfiles().add(new SocialProfileEmbeddable(s.getNetwork(),
                s.getHandle(), s.getUrl(), s.getFollowers(), s.isVerified())));
        to.getMemberships().clear();
        from.getMemberships().forEach(m -> to.getMemberships().add(new MembershipEmbeddable(m.getOrganizationId(),
                m.getOrganizationName(), m.getRole())));
        to.getTags().clear();
        to.getTags().addAll(from.getTags());
        to.getCustomValues().clear();
        from.getCustomValues().forEach(v -> to.getCustomValues().add(toEntity(v)));
        to.refreshSummary();
    }

    /** The API value of a stored custom value: its one typed value, by type. */
    public static CustomFieldValue toApi(CustomFieldValueEmbeddable from) {
        if (from.getNumber() != null) {
            return CustomFieldValue.number(from.getFieldKey(), from.getNumber());
        }
        if (from.getDate() != null) {
            return CustomFieldValue.date(from.getFieldKey(), from.getDate());
        }
        return CustomFieldValue.text(from.getFieldKey(), from.getText());
    }

    /** The stored form of an API custom value. */
    public static CustomFieldValueEmbeddable toEntity(CustomFieldValue from) {
        if (from.getNumber() != null) {
            return CustomFieldValueEmbeddable.number(from.getFieldKey(), from.getNumber());
        }
        if (from.getDate() != null) {
            return CustomFieldValueEmbeddable.date(from.getFieldKey(), from.getDate());
        }
        return CustomFieldValueEmbeddable.text(from.getFieldKey(), from.getText());
    }
}
