package org.rapport.contacts.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.rapport.contacts.internal.model.EmailAddressEmbeddable;
import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.internal.model.PhoneNumberEmbeddable;
import org.rapport.contacts.internal.model.PostalAddressEmbeddable;
import org.rapport.contacts.internal.model.SocialProfileEmbeddable;
import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ColumnTarget;
import org.rapport.contacts.io.ContactField;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.core.SpreadsheetCells;

/**
 * Turns one CSV row into an {@link IncomingContact} through the column mapping: values of one group (email 2 and its
 * label, the parts of address 1) are put together, several columns with the same target are joined, and every
 * value that cannot be read is reported at its column.
 */
final class CsvRowMapper {

    private final List<String> columns;
    private final ColumnMapping mapping;
    private final ValueParsers parsers;
    private final String tagSeparator;
    private final CustomValues customValues;

    CsvRowMapper(List<String> columns, ColumnMapping mapping, ValueParsers parsers, String tagSeparator,
            Map<String, CustomFieldDefinition> customFields) {
        this.columns = columns;
        this.mapping = mapping;
        this.parsers = parsers;
        this.tagSeparator = tagSeparator;
        this.customValues = new CustomValues(customFields, parsers);
    }

    /** The contact of a row, or {@code null} for a row without any value. */
    IncomingContact map(long line, List<String> values) {
        if (values.stream().allMatch(String::isBlank)) {
            return null;
        }
        if (values.size() != columns.size()) {
            return IncomingContact.unreadable(line, "", String.join(",", values), "the row has " + values.size()
                    + " values but the header has " + columns.size() + " columns (a missing or extra delimiter, or an"
                    + " unquoted value with a delimiter in it); the row was skipped");
        }
        Row row = new Row(new IncomingContact(line));
        for (int column = 0; column < values.size(); column++) {
            // a cell a spreadsheet-safe export wrote as text ('=...) holds the value without the apostrophe
            String value = SpreadsheetCells.unescape(values.get(column).trim());
            ColumnTarget target = mapping.target(column);
            if (!value.isEmpty() && target.imported()) {
                row.put(target, columns.get(column), value);
            }
        }
        row.finish();
        return row.contact;
    }

    /** The values of one row, collected by group until the person is built. */
    private final class Row {
        final IncomingContact contact;
        final PersonEntity person;
        final StringBuilder first = new StringBuilder();
        final StringBuilder middle = new StringBuilder();
        final StringBuilder last = new StringBuilder();
        String fullName = "";
        String fullNameSource = "";
        Integer birthYear;
        Integer birthMonth;
        Integer birthDay;
        String birthSource = "";
        Boolean optIn;
        LocalDate consentDate;
        final TreeMap<Integer, Multi> emails = new TreeMap<>();
        final TreeMap<Integer, Multi> phones = new TreeMap<>();
        final TreeMap<Integer, Address> addresses = new TreeMap<>();
        final TreeMap<Integer, Organization> organizations = new TreeMap<>();
        final TreeMap<Integer, Social> socials = new TreeMap<>();
        final TreeMap<Integer, Social> websites = new TreeMap<>();

        Row(IncomingContact contact) {
            this.contact = contact;
            this.person = contact.person();
        }

        void put(ColumnTarget target, String column, String value) {
            int group = target.group();
            try {
                switch (target.field()) {
                    case IGNORE -> { }
                    case FIRST_NAME -> append(first, value, column, "firstName");
                    case MIDDLE_NAME -> append(middle, value, column, "firstName");
                    case LAST_NAME -> append(last, value, column, "lastName");
                    case FULL_NAME -> {
                        fullName = value;
                        fullNameSource = column;
                    }
                    case EMAIL -> group(emails, group, Multi::new).add(value, target.qualifier(), column);
                    case EMAIL_LABEL -> group(emails, group, Multi::new).label = firstLabel(value);
                    case PHONE -> group(phones, group, Multi::new).add(value, target.qualifier(), column);
                    case PHONE_LABEL -> group(phones, group, Multi::new).label = firstLabel(value);
                    case ADDRESS_LABEL -> group(addresses, group, Address::new).label = firstLabel(value);
                    case STREET -> group(addresses, group, Address::new).part(0, value, target.qualifier(), column);
                    case POSTAL_CODE -> group(addresses, group, Address::new).part(1, value, target.qualifier(), column);
                    case CITY -> group(addresses, group, Address::new).part(2, value, target.qualifier(), column);
                    case REGION -> group(addresses, group, Address::new).part(3, value, target.qualifier(), column);
                    case COUNTRY -> group(addresses, group, Address::new).part(4, value, target.qualifier(), column);
                    case ADDRESS_FORMATTED -> group(addresses, group, Address::new).formatted(value, target.qualifier(), column);
                    case BIRTH_DATE -> {
                        person.setBirthDate(parsers.date(value));
                        contact.source("birthDate", column);
                    }
                    case BIRTH_YEAR, BIRTH_MONTH, BIRTH_DAY -> birthPart(target.field(), value, column);
                    case SEX -> person.setSex(ValueParsers.sex(value));
                    case INCOME_BAND -> person.setIncomeBand(ValueParsers.incomeBand(value));
                    case LANGUAGE -> person.setLanguage(value);
                    case OWNER -> person.setOwner(value);
                    case TAGS -> tags(value, target.qualifier().isEmpty() ? tagSeparator : target.qualifier());
                    case MARKETING_OPT_IN -> {
                        optIn = ValueParsers.yesNo(value);
                        contact.source("consentDate", column);
                    }
                    case CONSENT_DATE -> {
                        consentDate = parsers.date(value);
                        contact.source("consentDate", column);
                    }
                    case NOTES -> person.setNotes(person.getNotes().isEmpty() ? value : person.getNotes() + "\n" + value);
                    case ORGANIZATION -> group(organizations, group, Organization::new).name = value;
                    case ROLE -> group(organizations, group, Organization::new).role = value;
                    case SOCIAL_NETWORK -> group(socials, group, Social::new).network = value;
                    case SOCIAL_HANDLE -> group(socials, group, Social::new).handle(value, target.qualifier(), column);
                    case SOCIAL_URL -> group(socials, group, Social::new).url(value, target.qualifier(), column);
                    case SOCIAL_FOLLOWERS -> group(socials, group, Social::new).followers = ValueParsers.count(value);
                    case SOCIAL_VERIFIED -> group(socials, group, Social::new).verified = ValueParsers.yesNo(value);
                    case WEBSITE -> group(websites, group, Social::new).url(value, "", column);
                    case CUSTOM -> customValues.put(person, target.qualifier(), value);
                }
            } catch (ValueProblem problem) {
                contact.problem(column, value, problem);
            }
        }

        /** One of the three columns of a birth date (Thunderbird); the date is put together in {@link #finish()}. */
        private void birthPart(ContactField part, String value, String column) throws ValueProblem {
            int number;
            try {
                number = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw ValueProblem.of("'" + value + "' is not a number; the birth date is left out");
            }
            switch (part) {
                case BIRTH_YEAR -> birthYear = number;
                case BIRTH_MONTH -> birthMonth = number;
                default -> birthDay = number;
            }
            birthSource = birthSource.isEmpty() ? column : birthSource;
        }

        private void birthDate() {
            if (birthMonth == null && birthDay == null && birthYear == null) {
                return;
            }
            String shown = (birthYear == null ? "--" : birthYear + "-") + (birthMonth == null ? "?" : birthMonth) + "-"
                    + (birthDay == null ? "?" : birthDay);
            if (birthYear == null || birthMonth == null || birthDay == null) {
                contact.skip(birthSource, shown, (birthYear == null ? "a birthday without a year"
                        : "a birth date without its month or day") + " cannot be stored; the rest of the row is imported");
                return;
            }
            try {
                person.setBirthDate(LocalDate.of(birthYear, birthMonth, birthDay));
                contact.source("birthDate", birthSource);
            } catch (java.time.DateTimeException e) {
                contact.skip(birthSource, shown, "not a date (" + e.getMessage() + "); the rest of the row is imported");
            }
        }

        private void append(StringBuilder name, String value, String column, String field) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(value);
            contact.source(field, column);
        }

        private void tags(String value, String separator) {
            for (String tag : ValueParsers.splitLiteral(value, separator)) {
                String clean = tag.trim();
                clean = clean.startsWith("*") ? clean.substring(1).trim() : clean;
                if (!clean.isEmpty() && !clean.equalsIgnoreCase("myContacts") && !clean.equalsIgnoreCase("starred")) {
                    person.getTags().add(clean);
                }
            }
        }

        void finish() {
            birthDate();
            String firstName = (first + (middle.isEmpty() ? "" : " " + middle)).trim();
            if (firstName.isEmpty() && last.isEmpty() && !fullName.isEmpty()) {
                String[] split = ValueParsers.splitFullName(fullName);
                person.setFirstName(split[0]);
                person.setLastName(split[1]);
                contact.source("firstName", fullNameSource);
                contact.source("lastName", fullNameSource);
            } else {
                person.setFirstName(firstName);
                person.setLastName(last.toString());
                if (!fullName.isEmpty() && !sameName(fullName, person.displayName())) {
                    person.setKnownAs(fullName);
                    contact.source("knownAs", fullNameSource);
                }
            }
            if (Boolean.TRUE.equals(optIn) || (optIn == null && consentDate != null)) {
                person.setMarketingConsent(true, consentDate);
            } else if (optIn != null) {
                person.setMarketingConsent(false, consentDate);
            }
            emails.values().forEach(m -> m.values.forEach(v -> {
                contact.source("emails[" + person.getEmails().size() + "]", v.source);
                person.getEmails().add(new EmailAddressEmbeddable(m.labelFor(v), v.text));
            }));
            phones.values().forEach(m -> m.values.forEach(v -> {
                contact.source("phones[" + person.getPhones().size() + "]", v.source);
                person.getPhones().add(new PhoneNumberEmbeddable(m.labelFor(v), v.text));
            }));
            addresses.values().forEach(a -> a.addTo(person, contact));
            organizations.values().stream().filter(o -> !o.name.isEmpty())
                    .forEach(o -> person.getMemberships().add(new MembershipEmbeddable(0, o.name, o.role)));
            socials.values().forEach(s -> s.addTo(person, contact));
            websites.values().forEach(s -> s.addTo(person, contact));
        }
    }

    /** Whether two spellings are the same name, ignoring case and spacing. */
    static boolean sameName(String a, String b) {
        return a.trim().replaceAll("\\s+", " ").equalsIgnoreCase(b.trim().replaceAll("\\s+", " "));
    }

    private static <T> T group(TreeMap<Integer, T> groups, int group, IntFunction<T> create) {
        return groups.computeIfAbsent(group, create::apply);
    }

    private static String firstLabel(String value) {
        int separator = value.indexOf(CsvPresets.GOOGLE_SEPARATOR);
        return ValueParsers.label(separator < 0 ? value : value.substring(0, separator));
    }

    private record Value(String text, String label, String source) {
    }

    /** Email or phone values of one group; Google puts several in one cell, separated by " ::: ". */
    private static final class Multi {
        final List<Value> values = new ArrayList<>();
        String label = "";

        Multi(int group) {
        }

        void add(String cell, String qualifier, String column) {
            for (String value : ValueParsers.splitLiteral(cell, CsvPresets.GOOGLE_SEPARATOR)) {
                if (!value.isBlank()) {
                    values.add(new Value(value.trim(), ValueParsers.label(qualifier), column));
                }
            }
        }

        String labelFor(Value value) {
            return label.isEmpty() ? value.label() : label;
        }
    }

    /** The parts of one postal address. */
    private static final class Address {
        final String[] parts = { "", "", "", "", "" };
        String label = "";
        String qualifierLabel = "";
        String formatted = "";
        String source = "";

        Address(int group) {
        }

        void part(int index, String value, String qualifier, String column) {
            parts[index] = parts[index].isEmpty() ? value : parts[index] + ", " + value;
            note(qualifier, column);
        }

        void formatted(String value, String qualifier, String column) {
            formatted = value;
            note(qualifier, column);
        }

        private void note(String qualifier, String column) {
            if (qualifierLabel.isEmpty()) {
                qualifierLabel = ValueParsers.label(qualifier);
            }
            if (source.isEmpty()) {
                source = column;
            }
        }

        void addTo(PersonEntity person, IncomingContact contact) {
            String street = parts[0].isEmpty() ? formatted.replace('\n', ' ').replace("\r", "") : parts[0];
            if (street.isEmpty() && parts[1].isEmpty() && parts[2].isEmpty() && parts[3].isEmpty() && parts[4].isEmpty()) {
                return;
            }
            contact.source("addresses[" + person.getAddresses().size() + "]", source);
            person.getAddresses().add(new PostalAddressEmbeddable(label.isEmpty() ? qualifierLabel : label, street, parts[1],
                    parts[2], parts[3], parts[4]));
        }
    }

    /** One organization and the role there. */
    private static final class Organization {
        String name = "";
        String role = "";

        Organization(int group) {
        }
    }

    /** The parts of one social profile, or a web page. */
    private static final class Social {
        String network = "";
        String handle = "";
        String url = "";
        int followers;
        boolean verified;
        String source = "";

        Social(int group) {
        }

        void handle(String value, String qualifier, String column) {
            if (value.contains("://")) {
                url(value, qualifier, column);
                return;
            }
            handle = value;
            if (network.isEmpty()) {
                network = qualifier;
            }
            source = source.isEmpty() ? column : source;
        }

        void url(String value, String qualifier, String column) {
            url = value;
            if (network.isEmpty()) {
                network = qualifier;
            }
            source = source.isEmpty() ? column : source;
        }

        void addTo(PersonEntity person, IncomingContact contact) {
            SocialProfileEmbeddable profile;
            if (handle.isEmpty() && url.isEmpty()) {
                return;
            }
            if (handle.isEmpty()) {
                SocialProfileEmbeddable fromUrl = SocialUrls.profile(url, followers, verified);
                profile = network.isEmpty() || SocialUrls.network(network).equals(fromUrl.getNetwork()) ? fromUrl
                        : new SocialProfileEmbeddable(SocialUrls.network(network), fromUrl.getHandle(), url, followers, verified);
            } else if (network.isEmpty()) {
                contact.skip(source, handle, "a handle without a network; map a network column or choose the network"
                        + " of this column, then import again");
                return;
            } else {
                profile = new SocialProfileEmbeddable(SocialUrls.network(network), handle, url, followers, verified);
            }
            contact.source("socialProfiles[" + person.getSocialProfiles().size() + "]", source);
            person.getSocialProfiles().add(profile);
        }
    }
}
