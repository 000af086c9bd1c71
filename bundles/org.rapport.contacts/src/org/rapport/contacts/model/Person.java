package org.rapport.contacts.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rapport.core.Revision;

/**
 * A person in the contact database, as the contact service hands it out and takes it back: a detached copy with every
 * list loaded. Changing it changes nothing until it is given to {@link org.rapport.contacts.ContactService#save}; the
 * {@link #getRevision() revision} it was read at makes that save fail when someone else saved the person meanwhile.
 * <p>
 * It holds identity, segmentation (age from the birth date, sex, income band, language, owner, tags, consent),
 * contact points, social footprint, organizations and custom field values. The list columns ({@link #getSortName()},
 * {@link #getPrimaryEmail()}, ...) are derived from them.
 */
public final class Person {

    private final long id;
    private final Revision revision;

    private String firstName = "";
    private String lastName = "";
    private String knownAs = "";
    private LocalDate birthDate;
    private Sex sex = Sex.UNSPECIFIED;
    private IncomeBand incomeBand;
    private String language = "";
    private String owner = "";
    private boolean marketingOptIn;
    private LocalDate consentDate;
    private String notes = "";

    private final List<EmailAddress> emails = new ArrayList<>();
    private final List<PhoneNumber> phones = new ArrayList<>();
    private final List<PostalAddress> addresses = new ArrayList<>();
    private final List<SocialProfile> socialProfiles = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<CustomFieldValue> customValues = new ArrayList<>();

    /** A new, unsaved person. */
    public Person() {
        this(0, Revision.NEW);
    }

    /** A new, unsaved person with a name. */
    public Person(String firstName, String lastName) {
        this();
        setFirstName(firstName);
        setLastName(lastName);
    }

    /** A person as saved (the services build it): its id and the revision it was read at. */
    public Person(long id, Revision revision) {
        this.id = id;
        this.revision = revision;
    }

    /** A deep copy (same id and revision), for editing and undo. */
    public Person copy() {
        Person copy = new Person(id, revision);
        copy.firstName = firstName;
        copy.lastName = lastName;
        copy.knownAs = knownAs;
        copy.birthDate = birthDate;
        copy.sex = sex;
        copy.incomeBand = incomeBand;
        copy.language = language;
        copy.owner = owner;
        copy.marketingOptIn = marketingOptIn;
        copy.consentDate = consentDate;
        copy.notes = notes;
        copy.emails.addAll(emails);
        copy.phones.addAll(phones);
        copy.addresses.addAll(addresses);
        copy.socialProfiles.addAll(socialProfiles);
        copy.memberships.addAll(memberships);
        copy.tags.addAll(tags);
        copy.customValues.addAll(customValues);
        return copy;
    }

    /** The name the person is {@link #getKnownAs() known by}, else "First Last", or whichever part is set. */
    public String displayName() {
        return knownAs.isEmpty() ? (firstName + " " + lastName).trim() : knownAs;
    }

    /**
     * The name the person goes by when it is not simply first and last name, e.g. "Grace Hopper" for Grace Brewster
     * Murray Hopper (a vCard's FN, a CSV's display name); empty when none.
     *
     * @since 1.1
     */
    public String getKnownAs() {
        return knownAs;
    }

    /**
     * Sets the name the person goes by ({@code null} or empty: first and last name).
     *
     * @since 1.1
     */
    public void setKnownAs(String knownAs) {
        this.knownAs = knownAs == null ? "" : knownAs.trim();
    }

    /** The age in whole years on a date, if the birth date is known. */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate == null ? Optional.empty() : Optional.of(Period.between(birthDate, day).getYears());
    }

    /** The value of a custom field, if set. */
    public Optional<CustomFieldValue> customValue(String fieldKey) {
        return customValues.stream().filter(v -> v.getFieldKey().equals(fieldKey)).findFirst();
    }

    /** Sets (or with {@code null} removes) a custom field value. */
    public void setCustomValue(String fieldKey, CustomFieldValue value) {
        customValues.removeIf(v -> v.getFieldKey().equals(fieldKey));
        if (value != null) {
            customValues.add(value);
        }
    }

    public long getId() {
        return id;
    }

    /** The saved state this copy was read from; {@link Revision#NEW} for a new person. */
    public Revision getRevision() {
        return revision;
    }

    /** The version the optimistic lock compares; 0 for a person never saved. */
    public int getVersion() {
        return revision.version();
    }

    /** When the person was first saved; {@code null} for a new person. */
    public Instant getCreatedAt() {
        return revision.createdAt();
    }

    /** Who saved the person first. */
    public String getCreatedBy() {
        return revision.createdBy();
    }

    /** When the person was last saved. */
    public Instant getUpdatedAt() {
        return revision.updatedAt();
    }

    /** Who saved the person last. */
    public String getUpdatedBy() {
        return revision.updatedBy();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? "" : firstName.trim();
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? "" : lastName.trim();
    }

    /** "last first" in lower case, as lists sort people. */
    public String getSortName() {
        return (lastName + " " + firstName).trim().toLowerCase(Locale.ROOT);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex == null ? Sex.UNSPECIFIED : sex;
    }

    public IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public void setIncomeBand(IncomeBand incomeBand) {
        this.incomeBand = incomeBand;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language.trim();
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner == null ? "" : owner.trim();
    }

    public boolean isMarketingOptIn() {
        return marketingOptIn;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    /** Records the marketing consent and the day it was given or withdrawn. */
    public void setMarketingConsent(boolean optIn, LocalDate on) {
        this.marketingOptIn = optIn;
        this.consentDate = on;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    /** The first email address in lower case, or "". */
    public String getPrimaryEmail() {
        return emails.isEmpty() ? "" : emails.get(0).getAddress().toLowerCase(Locale.ROOT);
    }

    /** The first phone number, or "". */
    public String getPrimaryPhone() {
        return phones.isEmpty() ? "" : phones.get(0).getNumber();
    }

    /** The city of the first address, or "". */
    public String getCity() {
        return addresses.isEmpty() ? "" : addresses.get(0).getCity();
    }

    /** The name of the first organization, or "". */
    public String getOrganizationName() {
        return memberships.isEmpty() ? "" : memberships.get(0).getOrganizationName();
    }

    /** The email addresses, the first is the primary one; the list may be changed. */
    public List<EmailAddress> getEmails() {
        return emails;
    }

    /** The phone numbers, the first is the primary one; the list may be changed. */
    public List<PhoneNumber> getPhones() {
        return phones;
    }

    /** The postal addresses, the first is the main one; the list may be changed. */
    public List<PostalAddress> getAddresses() {
        return addresses;
    }

    /** The social profiles; the list may be changed. */
    public List<SocialProfile> getSocialProfiles() {
        return socialProfiles;
    }

    /** The organizations the person belongs to, the first is the main one; the list may be changed. */
    public List<Membership> getMemberships() {
        return memberships;
    }

    /** The tags (lower case, sorted after a save); the list may be changed. */
    public List<String> getTags() {
        return tags;
    }

    /** The custom field values; prefer {@link #setCustomValue}. */
    public List<CustomFieldValue> getCustomValues() {
        return customValues;
    }

    @Override
    public String toString() {
        return "Person " + id + " " + displayName();
    }
}
