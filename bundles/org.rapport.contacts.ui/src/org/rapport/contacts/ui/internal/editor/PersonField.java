package org.rapport.contacts.ui.internal.editor;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.rapport.contacts.model.CustomFieldValue;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.contacts.model.PostalAddress;
import org.rapport.contacts.model.Sex;
import org.rapport.contacts.model.SocialProfile;

/**
 * One editable part of a person, read and written as a value: what an undoable edit changes. Lists are read as
 * unmodifiable copies and written whole, so an edit can put the old list back; their elements are immutable.
 *
 * @param label what the user calls it, for "Undo Typing in First name"
 * @param get   reads the value
 * @param set   writes the value
 * @param <V>   the value type
 */
record PersonField<V>(String label, Function<Person, V> get, BiConsumer<Person, V> set) {

    /** Marketing consent: whether and since (or until) when. */
    record Consent(boolean optIn, LocalDate on) {
    }

    static final PersonField<String> FIRST_NAME = new PersonField<>("First name", Person::getFirstName, Person::setFirstName);
    static final PersonField<String> LAST_NAME = new PersonField<>("Last name", Person::getLastName, Person::setLastName);
    static final PersonField<LocalDate> BIRTH_DATE = new PersonField<>("Birth date", Person::getBirthDate, Person::setBirthDate);
    static final PersonField<Sex> SEX = new PersonField<>("Sex", Person::getSex, Person::setSex);
    static final PersonField<String> LANGUAGE = new PersonField<>("Language", Person::getLanguage, Person::setLanguage);
    static final PersonField<IncomeBand> INCOME_BAND = new PersonField<>("Income band", Person::getIncomeBand,
            Person::setIncomeBand);
    static final PersonField<String> OWNER = new PersonField<>("Owner", Person::getOwner, Person::setOwner);
    static final PersonField<Consent> CONSENT = new PersonField<>("Marketing consent",
            p -> new Consent(p.isMarketingOptIn(), p.getConsentDate()), (p, c) -> p.setMarketingConsent(c.optIn(), c.on()));
    static final PersonField<String> NOTES = new PersonField<>("Notes", Person::getNotes, Person::setNotes);
    static final PersonField<List<String>> TAGS = list("Tags", Person::getTags);
    static final PersonField<List<EmailAddress>> EMAILS = list("Emails", Person::getEmails);
    static final PersonField<List<PhoneNumber>> PHONES = list("Phones", Person::getPhones);
    static final PersonField<List<PostalAddress>> ADDRESSES = list("Addresses", Person::getAddresses);
    static final PersonField<List<SocialProfile>> SOCIAL_PROFILES = list("Social profiles", Person::getSocialProfiles);
    static final PersonField<List<Membership>> MEMBERSHIPS = list("Organizations", Person::getMemberships);
    static final PersonField<List<CustomFieldValue>> CUSTOM_VALUES = list("Custom fields", Person::getCustomValues);

    /** A list property of the person, read as a copy and written whole. */
    static <T> PersonField<List<T>> list(String label, Function<Person, List<T>> list) {
        return new PersonField<>(label, p -> List.copyOf(list.apply(p)), (p, values) -> {
            List<T> target = list.apply(p);
            target.clear();
            target.addAll(values);
        });
    }
}
