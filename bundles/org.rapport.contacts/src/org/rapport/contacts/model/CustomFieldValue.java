package org.rapport.contacts.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's value of a custom field. Exactly one of the typed values is set, by the field's type: text and choice
 * values as {@code text}, numbers as {@code number}, dates as {@code date}; so segments compare them as their type.
 * Immutable.
 */
public final class CustomFieldValue {

    private final String fieldKey;
    private final String text;
    private final BigDecimal number;
    private final LocalDate date;

    private CustomFieldValue(String fieldKey, String text, BigDecimal number, LocalDate date) {
        this.fieldKey = fieldKey;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    public static CustomFieldValue text(String fieldKey, String value) {
        return new CustomFieldValue(fieldKey, value, null, null);
    }

    public static CustomFieldValue number(String fieldKey, BigDecimal value) {
        return new CustomFieldValue(fieldKey, null, value, null);
    }

    public static CustomFieldValue date(String fieldKey, LocalDate value) {
        return new CustomFieldValue(fieldKey, null, null, value);
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The value as text, whatever its type. */
    public String display() {
        return text != null ? text : number != null ? number.stripTrailingZeros().toPlainString()
                : date != null ? date.toString() : "";
    }
}
