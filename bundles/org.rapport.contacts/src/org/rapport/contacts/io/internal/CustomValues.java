package org.rapport.contacts.io.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.rapport.contacts.internal.model.CustomFieldValueEmbeddable;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.contacts.model.CustomFieldDefinition;

/** Reads custom field values as their field's type says; a field this installation does not define is skipped. */
final class CustomValues {

    static final int TEXT_LENGTH = 500;

    private final Map<String, CustomFieldDefinition> fields;
    private final ValueParsers parsers;

    CustomValues(Map<String, CustomFieldDefinition> fields, ValueParsers parsers) {
        this.fields = fields;
        this.parsers = parsers;
    }

    void put(PersonEntity person, String key, String text) throws ValueProblem {
        CustomFieldDefinition field = fields.get(key);
        if (field == null) {
            throw ValueProblem.of("there is no custom field '" + key + "' in this Rapport; define it (Contacts"
                    + " preferences, custom fields) and import the file again to add the values");
        }
        String value = text.trim();
        CustomFieldValueEmbeddable typed = switch (field.getType()) {
            case TEXT -> {
                if (value.length() > TEXT_LENGTH) {
                    throw ValueProblem.of("at most " + TEXT_LENGTH + " characters (this has " + value.length() + ")");
                }
                yield CustomFieldValueEmbeddable.text(key, value);
            }
            case NUMBER -> CustomFieldValueEmbeddable.number(key, number(value));
            case DATE -> CustomFieldValueEmbeddable.date(key, parsers.date(value));
            case CHOICE -> CustomFieldValueEmbeddable.text(key, choice(field, value));
        };
        if (typed.getDate() != null || typed.getNumber() != null || typed.getText() != null) {
            person.setCustomValue(key, typed);
        }
    }

    private static BigDecimal number(String value) throws ValueProblem {
        try {
            return new BigDecimal(value.replace(" ", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw ValueProblem.of("'" + value + "' is not a number (write 1234.5, without thousands separators)");
        }
    }

    private static String choice(CustomFieldDefinition field, String value) throws ValueProblem {
        for (String choice : field.getChoices()) {
            if (choice.equalsIgnoreCase(value)) {
                return choice;
            }
        }
        throw ValueProblem.of("'" + value + "' is not one of the choices of " + field.getLabel() + ": "
                + String.join(", ", field.getChoices()));
    }
}
