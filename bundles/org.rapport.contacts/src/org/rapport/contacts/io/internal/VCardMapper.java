package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Gender;
import ezvcard.property.Kind;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;

/**
 * Turns one vCard (2.1, 3.0 or 4.0, as ez-vcard parses it) into an {@link IncomingContact}: names, emails, phones and
 * addresses with their labels (Apple's {@code itemN.X-ABLabel} too), birthday, gender, language, organizations and
 * roles, categories, notes, social profiles from {@code SOCIALPROFILE} (RFC 9554), {@code X-SOCIALPROFILE},
 * {@code IMPP} and {@code URL}, the name the person is known by ({@code FN} when {@code N} says more), Rapport's
 * own {@code X-RAPPORT-...} properties, and whether it had a photo.
 */
final class VCardMapper {

    static final String SOCIAL_PROFILE = "X-SOCIALPROFILE";
    /** RFC 9554's property, which ez-vcard 0.12 does not know (it hands it over as a raw property). */
    static final String RFC_SOCIAL_PROFILE = "SOCIALPROFILE";
    static final String INCOME_BAND = "X-RAPPORT-INCOME-BAND";
    static final String OWNER = "X-RAPPORT-OWNER";
    static final String CONSENT = "X-RAPPORT-CONSENT";
    static final String CUSTOM = "X-RAPPORT-CUSTOM";
    static final String FOLLOWERS = "X-FOLLOWERS";
    static final String VERIFIED = "X-VERIFIED";

    private final ValueParsers parsers;
    private final CustomValues customValues;

    VCardMapper(ValueParsers parsers, CustomValues customValues) {
        this.parsers = parsers;
        this.customValues = customValues;
    }

    IncomingContact map(VCardSplitter.Card card) {
        if (card.text() == null) {
            return IncomingContact.unreadable(card.line(), "", "", card.problem());
        }
        VCard vcard;
        List<ParseWarning> warnings;
        try (VCardReader reader = new VCardReader(card.text())) {
            vcard = reader.readNext();
            warnings = new ArrayList<>(reader.getWarnings());
        } catch (IOException | RuntimeException e) {
            return IncomingContact.unreadable(card.line(), "", "", "the card cannot be read: " + e.getMessage());
        }
        if (vcard == null) {
            return IncomingContact.unreadable(card.line(), "", "", "the card cannot be read");
        }
        Kind kind = vcard.getKind();
        if (kind != null && kind.getValue() != null && !kind.isIndividual()) {
            // a CardDAV address book holds organizations, groups and places as cards of their own; they are no people
            return IncomingContact.unreadable(card.line(), "KIND", kind.getValue(), "the card describes "
                    + (kind.isOrg() ? "an organization" : kind.isGroup() ? "a group" : "a " + kind.getValue())
                    + ", not a person; Rapport imports people (and their organizations from ORG)");
        }
        IncomingContact contact = new IncomingContact(card.line());
        for (ParseWarning warning : warnings) {
            long at = warning.getLineNumber() == null ? card.line() : card.line() + warning.getLineNumber() - 1;
            contact.problems().add(new org.rapport.contacts.io.ImportProblem(at,
                    warning.getPropertyName() == null ? "" : warning.getPropertyName(), "",
                    "could not be read as vCard says (" + warning.getMessage() + "); imported as far as possible",
                    false));
        }
        new Card(vcard, contact).map();
        return contact;
    }

    /** One card being mapped. */
    private final class Card {
        final VCard vcard;
        final IncomingContact contact;
        final PersonEntity person;
        final Map<String, String> groupLabels = new HashMap<>();

        Card(VCard vcard, IncomingContact contact) {
            this.vcard = vcard;
            this.contact = contact;
            this.person = contact.person();
            for (RawProperty label : vcard.getExtendedProperties("X-ABLABEL")) {
                if (label.getGroup() != null) {
                    groupLabels.put(label.getGroup().toLowerCase(Locale.ROOT), ValueParsers.label(label.getValue()));
                }
            }
        }

        void map() {
            names();
            for (Email email : vcard.getEmails()) {
                if (email.getValue() != null && !email.getValue().isBlank()) {
                    contact.source("emails[" + person.getEmails().size() + "]", "EMAIL");
                    person.getEmails().add(new EmailAddressEmbeddable(label(email), email.getValue().trim()));
                }
            }
            for (Telephone phone : vcard.getTelephoneNumbers()) {
                String number = phone.getText() != null ? phone.getText()
                        : phone.getUri() != null ? phone.getUri().getNumber() : "";
                if (!number.isBlank()) {
                    contact.source("phones[" + person.getPhones().size() + "]", "TEL");
                    person.getPhones().add(new PhoneNumberEmbeddable(label(phone), number.trim()));
                }
            }
            for (Address address : vcard.getAddresses()) {
                address(address);
            }
            birthday();
            gender();
            if (!vcard.getLanguages().isEmpty() && vcard.getLanguages().get(0).getValue() != null) {
                person.setLanguage(vcard.getLanguages().get(0).getValue());
            }
            organizations();
            for (Categories categories : vcard.getCategoriesList()) {
                // Google's system groups are no tags, as in its CSV
                categories.getValues().stream().filter(t -> !t.isBlank() && !t.trim().equalsIgnoreCase("myContacts")
                        && !t.trim().equalsIgnoreCase("starred")).forEach(t -> person.getTags().add(t.trim()));
            }
            List<String> notes = vcard.getNotes().stream().map(Note::getValue).filter(n -> n != null && !n.isBlank()).toList();
            person.setNotes(String.join("\n", notes));
            VCardSocialProfiles.read(vcard, contact);
            photos();
            rapportProperties();
        }

        private void names() {
            StructuredName name = vcard.getStructuredName();
            if (name != null) {
                List<String> given = new ArrayList<>();
                if (name.getGiven() != null) {
                    given.add(name.getGiven());
                }
                given.addAll(name.getAdditionalNames());
                person.setFirstName(String.join(" ", given));
                person.setLastName(name.getFamily());
                contact.source("firstName", "N");
                contact.source("lastName", "N");
            }
            FormattedName formatted = vcard.getFormattedName();
            boolean isEmail = formatted != null && formatted.getValue() != null && vcard.getEmails().stream()
                    .anyMatch(e -> formatted.getValue().trim().equalsIgnoreCase(nonNull(e.getValue()).trim()));
            String fn = formatted == null || formatted.getValue() == null ? "" : formatted.getValue().trim();
            if (!person.displayName().isEmpty() && !fn.isEmpty() && !isEmail
                    && !CsvRowMapper.sameName(fn, person.displayName())) {
                // N has the full name, FN the one the person goes by: "Grace Hopper" for Grace Brewster Murray Hopper
                person.setKnownAs(fn);
                contact.source("knownAs", "FN");
            }
            if (person.displayName().isEmpty() && formatted != null && formatted.getValue() != null
                    && !formatted.getValue().isBlank() && !isEmail) {
                String[] split = ValueParsers.splitFullName(formatted.getValue());
                person.setFirstName(split[0]);
                person.setLastName(split[1]);
                contact.source("firstName", "FN");
                contact.source("lastName", "FN");
            }
        }

        private void address(Address address) {
            String street = join(address.getStreetAddressFull(), address.getExtendedAddressFull());
            String[] parts = { street, nonNull(address.getPostalCode()), nonNull(address.getLocality()),
                    nonNull(address.getRegion()), nonNull(address.getCountry()) };
            if (String.join("", parts).isBlank()) {
                return;
            }
            contact.source("addresses[" + person.getAddresses().size() + "]", "ADR");
            person.getAddresses().add(new PostalAddressEmbeddable(label(address), parts[0], parts[1], parts[2], parts[3], parts[4]));
        }

        private void birthday() {
            Birthday birthday = vcard.getBirthday();
            if (birthday == null) {
                RawProperty unparsed = vcard.getExtendedProperty("BDAY");
                if (unparsed != null && !nonNull(unparsed.getValue()).isBlank()) {
                    contact.source("birthDate", "BDAY");
                    try {
                        person.setBirthDate(parsers.date(unparsed.getValue()));
                    } catch (ValueProblem problem) {
                        contact.problem("BDAY", unparsed.getValue(), problem);
                    }
                }
                return;
            }
            contact.source("birthDate", "BDAY");
            Temporal date = birthday.getDate();
            if (date != null && date.isSupported(ChronoField.EPOCH_DAY)) {
                person.setBirthDate(LocalDate.ofEpochDay(date.getLong(ChronoField.EPOCH_DAY)));
            } else if (birthday.getPartialDate() != null) {
                if (birthday.getPartialDate().getYear() == null) {
                    contact.skip("BDAY", birthday.getPartialDate().toString(), "a birthday without a year cannot be"
                            + " stored; the rest of the card is imported");
                } else if (birthday.getPartialDate().getMonth() != null && birthday.getPartialDate().getDate() != null) {
                    person.setBirthDate(LocalDate.of(birthday.getPartialDate().getYear(),
                            birthday.getPartialDate().getMonth(), birthday.getPartialDate().getDate()));
                }
            } else if (birthday.getText() != null && !birthday.getText().isBlank()) {
                try {
                    person.setBirthDate(parsers.date(birthday.getText()));
                } catch (ValueProblem problem) {
                    contact.problem("BDAY", birthday.getText(), problem);
                }
            }
        }

        private void gender() {
            Gender gender = vcard.getGender();
            String value = gender != null ? gender.getGender() : null;
            if (value == null) {
                RawProperty x = vcard.getExtendedProperty("X-GENDER");
                value = x == null ? null : x.getValue();
            }
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                person.setSex(ValueParsers.sex(value));
            } catch (ValueProblem problem) {
                contact.problem("GENDER", value, problem);
            }
        }

        /** ORG with TITLE (else ROLE), paired by their group (item1.ORG, item1.TITLE) or else by order. */
        private void organizations() {
            List<Organization> organizations = vcard.getOrganizations();
            List<VCardProperty> roles = new ArrayList<>(vcard.getTitles());
            if (roles.isEmpty()) {
                roles.addAll(vcard.getRoles());
            }
            for (int i = 0; i < organizations.size(); i++) {
                Organization org = organizations.get(i);
                if (org.getValues().isEmpty() || org.getValues().get(0).isBlank()) {
                    continue;
                }
                String role = "";
                VCardProperty match = roles.stream().filter(r -> r.getGroup() != null && r.getGroup().equalsIgnoreCase(
                        nonNull(org.getGroup()))).findFirst().orElse(i < roles.size() ? roles.get(i) : null);
                if (match instanceof ezvcard.property.TextProperty text && text.getValue() != null) {
                    role = text.getValue().trim();
                }
                person.getMemberships().add(new MembershipEmbeddable(0, org.getValues().get(0).trim(), role));
            }
        }

        private void photos() {
            for (Photo photo : vcard.getPhotos()) {
                if (photo.getData() != null) {
                    String type = photo.getContentType() == null ? "" : photo.getContentType().getValue()
                            .toUpperCase(Locale.ROOT) + " ";
                    contact.photo("a " + type + "photo (" + Math.max(1, photo.getData().length / 1024) + " KB)");
                } else if (photo.getUrl() != null) {
                    contact.photo("a photo at " + photo.getUrl());
                }
                return;
            }
        }

        private void rapportProperties() {
            RawProperty band = vcard.getExtendedProperty(INCOME_BAND);
            RawProperty owner = vcard.getExtendedProperty(OWNER);
            RawProperty consent = vcard.getExtendedProperty(CONSENT);
            try {
                if (band != null && !nonNull(band.getValue()).isBlank()) {
                    person.setIncomeBand(ValueParsers.incomeBand(band.getValue()));
                }
            } catch (ValueProblem problem) {
                contact.problem(INCOME_BAND, band.getValue(), problem);
            }
            if (owner != null) {
                person.setOwner(owner.getValue());
            }
            if (consent != null) {
                contact.source("consentDate", CONSENT);
                try {
                    String optIn = consent.getParameter("X-OPT-IN");
                    LocalDate on = nonNull(consent.getValue()).isBlank() ? null : parsers.date(consent.getValue());
                    person.setMarketingConsent(optIn == null || ValueParsers.yesNo(optIn), on);
                } catch (ValueProblem problem) {
                    contact.problem(CONSENT, consent.getValue(), problem);
                }
            }
            for (RawProperty custom : vcard.getExtendedProperties(CUSTOM)) {
                String key = nonNull(custom.getParameter("X-KEY"));
                try {
                    customValues.put(person, key, nonNull(custom.getValue()));
                } catch (ValueProblem problem) {
                    contact.problem(CUSTOM + " " + key, custom.getValue(), problem);
                }
            }
        }

        /** The label of a property: its TYPE words, else Apple's X-ABLabel of its group. */
        private String label(VCardProperty property) {
            for (String type : property.getParameters().getTypes()) {
                String label = ValueParsers.label(type);
                if (!label.isEmpty()) {
                    return label;
                }
            }
            String group = property.getGroup();
            return group == null ? "" : groupLabels.getOrDefault(group.toLowerCase(Locale.ROOT), "");
        }
    }

    private static String join(String a, String b) {
        String first = nonNull(a).trim();
        String second = nonNull(b).trim();
        return first.isEmpty() ? second : second.isEmpty() ? first : first + ", " + second;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
