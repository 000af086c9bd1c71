package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ColumnTarget;
import org.rapport.contacts.io.ContactField;
import org.rapport.contacts.io.MappingPreset;

/**
 * The column mappings of the presets, by header name: Rapport's own export and generic names, Google Contacts (old
 * and new export) and Outlook. Also tells which preset a header belongs to and whether a first row is a header.
 */
final class CsvPresets {

    static final String GOOGLE_SEPARATOR = " ::: ";
    private static final Set<String> NETWORKS = Set.of("mastodon", "bluesky", "twitter", "x", "linkedin", "instagram",
            "facebook", "github", "tiktok", "youtube", "threads", "xing", "skype");
    private static final Pattern NUMBERED = Pattern.compile("(e-?mail|phone|address|organi[sz]ation|social|website) (\\d+)(?: -)? ?(.*)");
    private static final Pattern OUTLOOK_ADDRESS = Pattern.compile("(home|business|other) (street(?: \\d)?|city|state|postal code|country/region|country|address po box|address)");
    /** Thunderbird's address columns: "Home Address", "Home Address 2", "Work City", "Work ZipCode"... */
    private static final Pattern THUNDERBIRD_ADDRESS = Pattern.compile("(home|work) (address|address 2|city|state|zipcode|country)");
    private static final Pattern OUTLOOK_EMAIL = Pattern.compile("e-mail(?: (\\d))? (address|type|display name)");

    private CsvPresets() {
    }

    /** The preset whose column names these are: Google's and Outlook's have names no other file has. */
    static MappingPreset detect(List<String> headers) {
        boolean outlook = false;
        boolean thunderbird = false;
        for (String header : headers) {
            String name = normalize(header);
            // Thunderbird shares "Job Title" with Outlook; its own names go to the generic mapping, which knows them
            thunderbird |= name.matches("primary email|secondary email|mobile number|birth year|home zipcode");
            if (name.matches("e-mail \\d+ - (value|type|label)|given name|family name|group membership|labels"
                    + "|organization \\d+ - name|organization name|phone \\d+ - value")) {
                return MappingPreset.GOOGLE;
            }
            outlook |= name.matches("e-mail address|e-mail type|mobile phone|business street|business phone"
                    + "|home street|job title|categories|e-mail 2 address");
        }
        return outlook && !thunderbird ? MappingPreset.OUTLOOK : MappingPreset.DEFAULT;
    }

    /** The preset's mapping of these columns; unknown columns are not imported. */
    static ColumnMapping mapping(MappingPreset preset, List<String> headers) {
        Groups groups = new Groups();
        List<ColumnTarget> targets = new ArrayList<>();
        for (String header : headers) {
            String name = normalize(header);
            ColumnTarget target = switch (preset) {
                case GOOGLE -> google(name);
                case OUTLOOK -> outlook(name, groups);
                case DEFAULT -> rapport(name, groups);
            };
            targets.add(target == null ? ColumnTarget.IGNORED : target);
        }
        return new ColumnMapping(targets);
    }

    /** Whether a first row names columns: some name is known, or no cell looks like data (an email, digits). */
    static boolean looksLikeHeader(List<String> firstRow) {
        int known = 0;
        boolean data = false;
        for (String cell : firstRow) {
            String name = normalize(cell);
            if (name.isEmpty()) {
                continue;
            }
            ColumnTarget target = rapport(name, new Groups());
            if (target != null || google(name) != null || outlook(name, new Groups()) != null) {
                known++;
            }
            data |= cell.contains("@") || cell.chars().filter(Character::isDigit).count() > 3;
        }
        return known > 0 || !data;
    }

    /** Column names for a file without header: "Column 1", "Column 2"... */
    static List<String> numberedColumns(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("Column " + i);
        }
        return names;
    }

    /** A mapping guessed from the values of a file without header: emails, phones, dates, then names. */
    static ColumnMapping guess(List<List<String>> rows, int columns) {
        List<ColumnTarget> targets = new ArrayList<>();
        int names = 0;
        int group = 1;
        for (int column = 0; column < columns; column++) {
            List<String> values = new ArrayList<>();
            for (List<String> row : rows) {
                if (column < row.size() && !row.get(column).isBlank()) {
                    values.add(row.get(column).trim());
                }
            }
            ColumnTarget target = ColumnTarget.IGNORED;
            if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                target = ColumnTarget.of(ContactField.EMAIL, group++);
            } else if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("\\+?[0-9 ()./-]{6,}"))) {
                target = ColumnTarget.of(ContactField.PHONE, group++);
            } else if (!values.isEmpty() && values.stream().allMatch(v -> v.matches("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}"))) {
                target = ColumnTarget.of(ContactField.BIRTH_DATE);
            } else if (!values.isEmpty() && names < 2 && values.stream().allMatch(v -> v.matches("[\\p{L} .'-]+"))) {
                target = ColumnTarget.of(names++ == 0 ? ContactField.FIRST_NAME : ContactField.LAST_NAME);
            }
            targets.add(target);
        }
        return new ColumnMapping(targets);
    }

    static String normalize(String header) {
        String name = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).trim();
        }
        return name;
    }

    /** Rapport's export ("Email 1", "Social 2 Handle", "Custom: key") and the names of hand-made files. */
    private static ColumnTarget rapport(String name, Groups groups) {
        if (name.startsWith("custom:")) {
            return new ColumnTarget(ContactField.CUSTOM, name.substring(7).trim(), 0);
        }
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches() && !name.contains(" - ")) {
            int n = Integer.parseInt(numbered.group(2));
            String part = numbered.group(3);
            ContactField field = switch (numbered.group(1)) {
                case "email", "e-mail" -> part.isEmpty() ? ContactField.EMAIL : part.equals("label") ? ContactField.EMAIL_LABEL : null;
                case "phone" -> part.isEmpty() ? ContactField.PHONE : part.equals("label") ? ContactField.PHONE_LABEL : null;
                case "address" -> addressPart(part);
                case "organization", "organisation" -> part.isEmpty() ? ContactField.ORGANIZATION : part.equals("role") ? ContactField.ROLE : null;
                case "social" -> switch (part) {
                    case "network" -> ContactField.SOCIAL_NETWORK;
                    case "handle" -> ContactField.SOCIAL_HANDLE;
                    case "url" -> ContactField.SOCIAL_URL;
                    case "followers" -> ContactField.SOCIAL_FOLLOWERS;
                    case "verified" -> ContactField.SOCIAL_VERIFIED;
                    default -> null;
                };
                case "website" -> part.isEmpty() ? ContactField.WEBSITE : null;
                default -> null;
            };
            return field == null ? null : ColumnTarget.of(field, n);
        }
        if (NETWORKS.contains(name) || NETWORKS.contains(name.replace(" handle", ""))) {
            String network = SocialUrls.network(name.replace(" handle", ""));
            return new ColumnTarget(ContactField.SOCIAL_HANDLE, network, groups.of("social " + network));
        }
        if (name.endsWith(" followers") && NETWORKS.contains(name.substring(0, name.length() - 10))) {
            String network = SocialUrls.network(name.substring(0, name.length() - 10));
            return ColumnTarget.of(ContactField.SOCIAL_FOLLOWERS, groups.of("social " + network));
        }
        Matcher thunderbird = THUNDERBIRD_ADDRESS.matcher(name);
        if (thunderbird.matches()) {
            ContactField part = switch (thunderbird.group(2)) {
                case "city" -> ContactField.CITY;
                case "state" -> ContactField.REGION;
                case "zipcode" -> ContactField.POSTAL_CODE;
                case "country" -> ContactField.COUNTRY;
                default -> ContactField.STREET;
            };
            return new ColumnTarget(part, thunderbird.group(1), groups.of("address " + thunderbird.group(1)));
        }
        return switch (name) {
            case "primary email" -> ColumnTarget.of(ContactField.EMAIL, groups.of("email"));
            case "secondary email" -> ColumnTarget.of(ContactField.EMAIL, groups.of("email 2"));
            case "mobile number" -> new ColumnTarget(ContactField.PHONE, "mobile", groups.of("phone mobile"));
            case "web page 1", "web page 2" -> ColumnTarget.of(ContactField.WEBSITE, groups.of(name));
            case "birth year" -> ColumnTarget.of(ContactField.BIRTH_YEAR);
            case "birth month" -> ColumnTarget.of(ContactField.BIRTH_MONTH);
            case "birth day" -> ColumnTarget.of(ContactField.BIRTH_DAY);
            case "first name", "firstname", "given name", "forename", "vorname", "prénom", "prenom" -> ColumnTarget.of(ContactField.FIRST_NAME);
            case "middle name" -> ColumnTarget.of(ContactField.MIDDLE_NAME);
            case "last name", "lastname", "surname", "family name", "nachname", "nom" -> ColumnTarget.of(ContactField.LAST_NAME);
            case "name", "full name", "fullname", "display name", "contact", "contact name" -> ColumnTarget.of(ContactField.FULL_NAME);
            case "birth date", "birthdate", "birthday", "date of birth", "dob", "geburtstag", "geburtsdatum" -> ColumnTarget.of(ContactField.BIRTH_DATE);
            case "sex", "gender", "geschlecht" -> ColumnTarget.of(ContactField.SEX);
            case "income band", "income" -> ColumnTarget.of(ContactField.INCOME_BAND);
            case "language", "lang", "sprache" -> ColumnTarget.of(ContactField.LANGUAGE);
            case "owner", "rep", "sales rep", "account owner" -> ColumnTarget.of(ContactField.OWNER);
            case "tags", "tag", "labels", "categories", "groups" -> ColumnTarget.of(ContactField.TAGS);
            case "marketing opt-in", "opt-in", "optin", "newsletter", "marketing consent" -> ColumnTarget.of(ContactField.MARKETING_OPT_IN);
            case "consent date", "opt-in date" -> ColumnTarget.of(ContactField.CONSENT_DATE);
            case "notes", "note", "comment", "comments", "notiz" -> ColumnTarget.of(ContactField.NOTES);
            case "organization", "organisation", "company", "firma", "employer" -> ColumnTarget.of(ContactField.ORGANIZATION, 1);
            case "role", "title", "job title", "position" -> ColumnTarget.of(ContactField.ROLE, 1);
            case "email", "e-mail", "mail", "email address", "e-mail address" -> ColumnTarget.of(ContactField.EMAIL, groups.of("email"));
            case "work email", "business email" -> new ColumnTarget(ContactField.EMAIL, "work", groups.of("email work"));
            case "home email", "private email", "personal email" -> new ColumnTarget(ContactField.EMAIL, "home", groups.of("email home"));
            case "phone", "telephone", "tel", "phone number", "telefon" -> ColumnTarget.of(ContactField.PHONE, groups.of("phone"));
            case "mobile", "cell", "mobile phone", "cell phone", "handy" -> new ColumnTarget(ContactField.PHONE, "mobile", groups.of("phone mobile"));
            case "work phone", "business phone" -> new ColumnTarget(ContactField.PHONE, "work", groups.of("phone work"));
            case "home phone" -> new ColumnTarget(ContactField.PHONE, "home", groups.of("phone home"));
            case "street", "address", "street address", "straße", "strasse" -> ColumnTarget.of(ContactField.STREET, 1);
            case "postal code", "zip", "zip code", "postcode", "plz" -> ColumnTarget.of(ContactField.POSTAL_CODE, 1);
            case "city", "town", "ort", "stadt" -> ColumnTarget.of(ContactField.CITY, 1);
            case "region", "state", "province", "county" -> ColumnTarget.of(ContactField.REGION, 1);
            case "country", "land" -> ColumnTarget.of(ContactField.COUNTRY, 1);
            case "website", "web page", "webpage", "url", "homepage", "web" -> ColumnTarget.of(ContactField.WEBSITE, groups.of("web"));
            default -> null;
        };
    }

    private static ContactField addressPart(String part) {
        return switch (part) {
            case "label", "type" -> ContactField.ADDRESS_LABEL;
            case "street", "extended address" -> ContactField.STREET;
            case "postal code" -> ContactField.POSTAL_CODE;
            case "city" -> ContactField.CITY;
            case "region" -> ContactField.REGION;
            case "country" -> ContactField.COUNTRY;
            case "formatted" -> ContactField.ADDRESS_FORMATTED;
            default -> null;
        };
    }

    /** Google Contacts: "Given Name", "E-mail 1 - Type", "E-mail 1 - Value", "Group Membership"; new: "Labels". */
    private static ColumnTarget google(String name) {
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches() && name.contains(" - ")) {
            int n = Integer.parseInt(numbered.group(2));
            String part = numbered.group(3).replaceFirst("^- ", "");
            ContactField field = switch (numbered.group(1)) {
                case "email", "e-mail" -> part.equals("value") ? ContactField.EMAIL
                        : part.equals("type") || part.equals("label") ? ContactField.EMAIL_LABEL : null;
                case "phone" -> part.equals("value") ? ContactField.PHONE
                        : part.equals("type") || part.equals("label") ? ContactField.PHONE_LABEL : null;
                case "address" -> addressPart(part);
                case "organization", "organisation" -> part.equals("name") ? ContactField.ORGANIZATION
                        : part.equals("title") ? ContactField.ROLE : null;
                case "website" -> part.equals("value") ? ContactField.WEBSITE : null;
                default -> null;
            };
            return field == null ? null : ColumnTarget.of(field, n);
        }
        return switch (name) {
            case "name" -> ColumnTarget.of(ContactField.FULL_NAME);
            case "given name", "first name" -> ColumnTarget.of(ContactField.FIRST_NAME);
            case "additional name", "middle name" -> ColumnTarget.of(ContactField.MIDDLE_NAME);
            case "family name", "last name" -> ColumnTarget.of(ContactField.LAST_NAME);
            case "birthday" -> ColumnTarget.of(ContactField.BIRTH_DATE);
            case "gender" -> ColumnTarget.of(ContactField.SEX);
            case "notes" -> ColumnTarget.of(ContactField.NOTES);
            case "language" -> ColumnTarget.of(ContactField.LANGUAGE);
            case "group membership", "labels" -> new ColumnTarget(ContactField.TAGS, GOOGLE_SEPARATOR, 0);
            case "organization name" -> ColumnTarget.of(ContactField.ORGANIZATION, 1);
            case "organization title" -> ColumnTarget.of(ContactField.ROLE, 1);
            default -> null;
        };
    }

    /** Outlook: "E-mail Address", "Mobile Phone", "Business Street", "Categories". */
    private static ColumnTarget outlook(String name, Groups groups) {
        Matcher email = OUTLOOK_EMAIL.matcher(name);
        if (email.matches()) {
            int n = email.group(1) == null ? 1 : Integer.parseInt(email.group(1));
            return switch (email.group(2)) {
                case "address" -> ColumnTarget.of(ContactField.EMAIL, n);
                case "type" -> ColumnTarget.of(ContactField.EMAIL_LABEL, n);
                default -> null;
            };
        }
        Matcher address = OUTLOOK_ADDRESS.matcher(name);
        if (address.matches()) {
            String label = address.group(1).equals("business") ? "work" : address.group(1);
            int group = groups.of("address " + label);
            ContactField field = switch (address.group(2)) {
                case "city" -> ContactField.CITY;
                case "state" -> ContactField.REGION;
                case "postal code" -> ContactField.POSTAL_CODE;
                case "country/region", "country" -> ContactField.COUNTRY;
                case "address" -> ContactField.ADDRESS_FORMATTED;
                case "address po box" -> null;
                default -> ContactField.STREET;
            };
            return field == null ? null : new ColumnTarget(field, label, group);
        }
        if (name.endsWith(" phone") || name.endsWith(" phone 2") || name.endsWith(" fax") || name.equals("pager")
                || name.equals("callback") || name.equals("isdn") || name.equals("telex")) {
            String label = switch (name) {
                case "mobile phone" -> "mobile";
                case "business phone", "business phone 2", "company main phone" -> "work";
                case "home phone", "home phone 2" -> "home";
                case "primary phone" -> "main";
                case "home fax", "business fax", "other fax" -> "fax";
                default -> name.replace(" phone 2", "").replace(" phone", "").replace("'s", "");
            };
            return new ColumnTarget(ContactField.PHONE, label, groups.of("phone " + name));
        }
        return switch (name) {
            case "first name" -> ColumnTarget.of(ContactField.FIRST_NAME);
            case "middle name" -> ColumnTarget.of(ContactField.MIDDLE_NAME);
            case "last name" -> ColumnTarget.of(ContactField.LAST_NAME);
            case "company" -> ColumnTarget.of(ContactField.ORGANIZATION, 1);
            case "job title" -> ColumnTarget.of(ContactField.ROLE, 1);
            case "birthday" -> ColumnTarget.of(ContactField.BIRTH_DATE);
            case "gender" -> ColumnTarget.of(ContactField.SEX);
            case "language" -> ColumnTarget.of(ContactField.LANGUAGE);
            case "notes" -> ColumnTarget.of(ContactField.NOTES);
            case "categories" -> new ColumnTarget(ContactField.TAGS, ";", 0);
            case "web page" -> ColumnTarget.of(ContactField.WEBSITE, groups.of("web"));
            case "personal web page" -> ColumnTarget.of(ContactField.WEBSITE, groups.of("personal web"));
            default -> null;
        };
    }

    /** Group numbers for columns that are their own group ("Mobile Phone"), above the numbered ones. */
    private static final class Groups {
        private final Map<String, Integer> numbers = new HashMap<>();

        int of(String key) {
            return numbers.computeIfAbsent(key, k -> 100 + numbers.size());
        }
    }
}
