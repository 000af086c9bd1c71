package org.rapport.contacts.internal.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person's value of a custom field. Exactly one of the typed columns is set, by the field's type: text and choice
 * values in {@code text}, numbers in {@code number}, dates in {@code date}; so segments compare them as their type.
 */
@Embeddable
public class CustomFieldValueEmbeddable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "FIELD_KEY", length = 64, nullable = false)
    private String fieldKey;
    @Column(name = "TEXT_VALUE", length = 500)
    private String text;
    @Column(name = "NUMBER_VALUE", precision = 19, scale = 4)
    private BigDecimal number;
    @Column(name = "DATE_VALUE")
    private LocalDate date;

    protected CustomFieldValueEmbeddable() {
    }

    private CustomFieldValueEmbeddable(String fieldKey, String text, BigDecimal number, LocalDate date) {
        this.fieldKey = fieldKey;
        this.text = text;
        this.number = number;
        this.date = date;
    }

    public static CustomFieldValueEmbeddable text(String fieldKey, String value) {
        return new CustomFieldValueEmbeddable(fieldKey, value, null, null);
    }

    public static CustomFieldValueEmbeddable number(String fieldKey, BigDecimal value) {
        return new CustomFieldValueEmbeddable(fieldKey, null, value, null);
    }

    public static CustomFieldValueEmbeddable date(String fieldKey, LocalDate value) {
        return new CustomFieldValueEmbeddable(fieldKey, null, null, value);
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
