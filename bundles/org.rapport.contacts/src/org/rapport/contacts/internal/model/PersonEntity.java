package org.rapport.contacts.internal.model;

import java.io.ObjectStreamField;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Sex;
import org.rapport.persistence.access.Audited;

/**
 * A person in the contact database: identity, segmentation (age from the birth date, sex, income band, language,
 * owner, tags, consent), contact points, social footprint, organizations and custom field values.
 * <p>
 * The columns {@code SORT_NAME}, {@code PRIMARY_EMAIL}, {@code CITY} and {@code ORGANIZATION_NAME} repeat what the
 * collections hold, so that lists of a million people sort and filter on indexed columns of one table; the service
 * refreshes them ({@link #refreshSummary()}) on every save.
 */
@Entity(name = "Person")
@Table(name = "CONTACT_PERSON", indexes = {
        @Index(name = "IX_PERSON_SORT_NAME", columnList = "SORT_NAME, ID"),
        @Index(name = "IX_PERSON_EMAIL", columnList = "PRIMARY_EMAIL, ID"),
        @Index(name = "IX_PERSON_ORGANIZATION", columnList = "ORGANIZATION_NAME, ID"),
        @Index(name = "IX_PERSON_CITY", columnList = "CITY, ID"),
        @Index(name = "IX_PERSON_OWNER", columnList = "OWNER, ID") })
@SequenceGenerator(name = "contact_person_ids", sequenceName = "CONTACT_PERSON_SEQ", allocationSize = 500)
public class PersonEntity extends Audited {

    private static final long serialVersionUID = 1L;
    /**
     * What Java serialization writes of a person: the first release's fields, so that merge snapshots of every release
     * stay readable ({@link org.rapport.contacts.internal.duplicates.PersonSnapshots} reads old snapshots with this
     * class's field list). Fields added later follow the object in the snapshot, written by PersonSnapshots.
     */
    private static final ObjectStreamField[] serialPersistentFields = Arrays.stream(PersonEntity.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
            .filter(f -> !f.getName().equals("knownAs"))
            .map(f -> new ObjectStreamField(f.getName(), f.getType())).toArray(ObjectStreamField[]::new);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_person_ids")
    @Column(name = "ID")
    private long id;

    @Column(name = "FIRST_NAME", length = 100)
    private String firstName = "";
    @Column(name = "LAST_NAME", length = 100)
    private String lastName = "";
    @Column(name = "SORT_NAME", length = 201)
    private String sortName = "";
    /** The name the person goes by when it is not first + last ("Grace Hopper"); added in schema version 2. */
    @Column(name = "KNOWN_AS", length = 200)
    private String knownAs = "";

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", length = 16)
    private Sex sex = Sex.UNSPECIFIED;
    @Enumerated(EnumType.STRING)
    @Column(name = "INCOME_BAND", length = 2)
    private IncomeBand incomeBand;
    @Column(name = "LANGUAGE", length = 16)
    private String language = "";
    @Column(name = "OWNER", length = 64)
    private String owner = "";
    @Column(name = "MARKETING_OPT_IN")
    private boolean marketingOptIn;
    @Column(name = "CONSENT_DATE")
    private LocalDate consentDate;
    @Lob
    @Column(name = "NOTES")
    private String notes = "";

    @Column(name = "PRIMARY_EMAIL", length = 254)
    private String primaryEmail = "";
    @Column(name = "PRIMARY_PHONE", length = 64)
    private String primaryPhone = "";
    @Column(name = "CITY", length = 100)
    private String city = "";
    @Column(name = "ORGANIZATION_NAME", length = 200)
    private String organizationName = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_EMAIL", joinColumns = @JoinColumn(name = "PERSON_ID"), indexes = {
            @Index(name = "IX_EMAIL_ADDRESS", columnList = "ADDRESS"),
            @Index(name = "IX_EMAIL_PERSON", columnList = "PERSON_ID, POSITION") })
    @OrderColumn(name = "POSITION")
    private List<EmailAddressEmbeddable> emails = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_PHONE", joinColumns = @JoinColumn(name = "PERSON_ID"),
            indexes = @Index(name = "IX_PHONE_PERSON", columnList = "PERSON_ID, POSITION"))
    @OrderColumn(name = "POSITION")
    private List<PhoneNumberEmbeddable> phones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_ADDRESS", joinColumns = @JoinColumn(name = "PERSON_ID"),
            indexes = @Index(name = "IX_ADDRESS_PERSON", columnList = "PERSON_ID, POSITION"))
    @OrderColumn(name = "POSITION")
    private List<PostalAddressEmbeddable> addresses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_SOCIAL_PROFILE", joinColumns = @JoinColumn(name = "PERSON_ID"), indexes = {
            @Index(name = "IX_SOCIAL_HANDLE", columnList = "NETWORK, HANDLE"),
            @Index(name = "IX_SOCIAL_PERSON", columnList = "PERSON_ID, POSITION") })
    @OrderColumn(name = "POSITION")
    private List<SocialProfileEmbeddable> socialProfiles = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_MEMBERSHIP", joinColumns = @JoinColumn(name = "PERSON_ID"),
            indexes = @Index(name = "IX_MEMBERSHIP_PERSON", columnList = "PERSON_ID, POSITION"))
    @OrderColumn(name = "POSITION")
    private List<MembershipEmbeddable> memberships = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_TAG", joinColumns = @JoinColumn(name = "PERSON_ID"), indexes = {
            @Index(name = "IX_TAG", columnList = "TAG"),
            @Index(name = "IX_TAG_PERSON", columnList = "PERSON_ID, POSITION") })
    @Column(name = "TAG", length = 64)
    @OrderColumn(name = "POSITION")
    private List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_CUSTOM_VALUE", joinColumns = @JoinColumn(name = "PERSON_ID"), indexes = {
            @Index(name = "IX_CUSTOM_VALUE_KEY", columnList = "FIELD_KEY"),
            @Index(name = "IX_CUSTOM_VALUE_PERSON", columnList = "PERSON_ID, POSITION") })
    @OrderColumn(name = "POSITION")
    private List<CustomFieldValueEmbeddable> customValues = new ArrayList<>();

    /** A new, unsaved person. */
    public PersonEntity() {
    }

    /** A new, unsaved person with a name. */
    public PersonEntity(String firstName, String lastName) {
        setFirstName(firstName);
        setLastName(lastName);
    }

    /** A detached deep copy (same id and version), for editing and undo. */
    public PersonEntity copy() {
        PersonEntity copy = new PersonEntity();
        copy.copyAuditFrom(this);
        copy.id = id;
        copy.firstName = firstName;
        copy.lastName = lastName;
        copy.knownAs = knownAs;
        copy.sortName = sortName;
        copy.birthDate = birthDate;
        copy.sex = sex;
        copy.incomeBand = incomeBand;
        copy.language = language;
        copy.owner = owner;
        copy.marketingOptIn = marketingOptIn;
        copy.consentDate = consentDate;
        copy.notes = notes;
        copy.primaryEmail = primaryEmail;
        copy.primaryPhone = primaryPhone;
        copy.city = city;
        copy.organizationName = organizationName;
        copy.emails = new ArrayList<>(emails);
        copy.phones = new ArrayList<>(phones);
        copy.addresses = new ArrayList<>(addresses);
        copy.socialProfiles = new ArrayList<>(socialProfiles);
        copy.memberships = new ArrayList<>(memberships);
        copy.tags = new ArrayList<>(tags);
        copy.customValues = new ArrayList<>(customValues);
        return copy;
    }

    /** Brings the list columns (sort name, primary email and phone, city, organization) in line with the details. */
    public void refreshSummary() {
        sortName = (lastName + " " + firstName).trim().toLowerCase(Locale.ROOT);
        primaryEmail = emails.isEmpty() ? "" : emails.get(0).getAddress().toLowerCase(Locale.ROOT);
        primaryPhone = phones.isEmpty() ? "" : phones.get(0).getNumber();
        city = addresses.isEmpty() ? "" : addresses.get(0).getCity();
        organizationName = memberships.isEmpty() ? "" : memberships.get(0).getOrganizationName();
        tags = new ArrayList<>(new TreeSet<>(tags.stream().map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty()).toList()));
    }

    /** The name the person is known by, else "First Last", or whichever part is set. */
    public String displayName() {
        return knownAs == null || knownAs.isEmpty() ? (firstName + " " + lastName).trim() : knownAs;
    }

    /** The name the person goes by when it is not first + last (a vCard's FN, a CSV's display name); empty if none. */
    public String getKnownAs() {
        return knownAs == null ? "" : knownAs;
    }

    public void setKnownAs(String knownAs) {
        this.knownAs = knownAs == null ? "" : knownAs.trim();
    }

    /** The age in whole years on a date, if the birth date is known. */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate == null ? Optional.empty() : Optional.of(Period.between(birthDate, day).getYears());
    }

    /** The value of a custom field, if set. */
    public Optional<CustomFieldValueEmbeddable> customValue(String fieldKey) {
        return customValues.stream().filter(v -> v.getFieldKey().equals(fieldKey)).findFirst();
    }

    /** Sets (or with {@code null} removes) a custom field value. */
    public void setCustomValue(String fieldKey, CustomFieldValueEmbeddable value) {
        customValues.removeIf(v -> v.getFieldKey().equals(fieldKey));
        if (value != null) {
            customValues.add(value);
        }
    }

    public long getId() {
        return id;
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

    public String getSortName() {
        return sortName;
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

    public String getPrimaryEmail() {
        return primaryEmail;
    }

    public String getPrimaryPhone() {
        return primaryPhone;
    }

    public String getCity() {
        return city;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    /** The email addresses, the first is the primary one; the list may be changed. */
    public List<EmailAddressEmbeddable> getEmails() {
        return emails;
    }

    /** The phone numbers, the first is the primary one; the list may be changed. */
    public List<PhoneNumberEmbeddable> getPhones() {
        return phones;
    }

    /** The postal addresses, the first is the main one; the list may be changed. */
    public List<PostalAddressEmbeddable> getAddresses() {
        return addresses;
    }

    /** The social profiles; the list may be changed. */
    public List<SocialProfileEmbeddable> getSocialProfiles() {
        return socialProfiles;
    }

    /** The organizations the person belongs to, the first is the main one; the list may be changed. */
    public List<MembershipEmbeddable> getMemberships() {
        return memberships;
    }

    /** The tags (lower case, sorted after a save); the list may be changed. */
    public List<String> getTags() {
        return tags;
    }

    /** The custom field values; prefer {@link #setCustomValue}. */
    public List<CustomFieldValueEmbeddable> getCustomValues() {
        return customValues;
    }

    @Override
    public String toString() {
        return "Person " + id + " " + displayName();
    }
}
