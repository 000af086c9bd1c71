package org.rapport.contacts.ui.internal.duplicates;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rapport.contacts.duplicates.MergeField;
import org.rapport.contacts.model.Person;

/** A person's value of a {@link MergeField} as the merge dialog shows it: one line, empty when the person has none. */
final class MergeValues {

    private final Map<String, String> customLabels;

    /** @param customLabels the labels of the custom fields by key */
    MergeValues(Map<String, String> customLabels) {
        this.customLabels = Map.copyOf(customLabels);
    }

    /** The field's name for the user. */
    static String label(MergeField field) {
        return switch (field) {
            case NAME -> "Name";
            case BIRTH_DATE -> "Birth date";
            case SEX -> "Sex";
            case INCOME_BAND -> "Income band";
            case LANGUAGE -> "Language";
            case OWNER -> "Owner";
            case CONSENT -> "Marketing consent";
            case NOTES -> "Notes";
            case EMAILS -> "Emails";
            case PHONES -> "Phones";
            case ADDRESSES -> "Addresses";
            case SOCIAL_PROFILES -> "Social profiles";
            case ORGANIZATIONS -> "Organizations";
            case TAGS -> "Tags";
            case CUSTOM_VALUES -> "Custom fields";
        };
    }

    /** The person's value, e.g. "ada@example.org, ada@home.example"; empty when none. */
    String text(MergeField field, Person person) {
        return switch (field) {
            case NAME -> person.displayName();
            case BIRTH_DATE -> person.getBirthDate() == null ? "" : person.getBirthDate().toString();
            case SEX -> person.getSex() == null ? "" : person.getSex().name().toLowerCase();
            case INCOME_BAND -> person.getIncomeBand() == null ? "" : person.getIncomeBand().name();
            case LANGUAGE -> blankIfNull(person.getLanguage());
            case OWNER -> blankIfNull(person.getOwner());
            case CONSENT -> person.isMarketingOptIn()
                    ? "opted in" + (person.getConsentDate() == null ? "" : " on " + person.getConsentDate()) : "";
            case NOTES -> blankIfNull(person.getNotes()).replaceAll("\\s+", " ").trim();
            case EMAILS -> join(person.getEmails(), e -> e.getAddress());
            case PHONES -> join(person.getPhones(), p -> p.getNumber());
            case ADDRESSES -> join(person.getAddresses(), Object::toString);
            case SOCIAL_PROFILES -> join(person.getSocialProfiles(), s -> s.getNetwork() + " " + s.getHandle());
            case ORGANIZATIONS -> join(person.getMemberships(), Object::toString);
            case TAGS -> String.join(", ", person.getTags());
            case CUSTOM_VALUES -> join(person.getCustomValues(),
                    v -> customLabels.getOrDefault(v.getFieldKey(), v.getFieldKey()) + ": " + v.display());
        };
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("; "));
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
