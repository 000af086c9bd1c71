package org.rapport.contacts.internal.model;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rapport.contacts.model.CustomFieldType;
import org.rapport.persistence.access.Audited;

/**
 * A custom field defined for this installation, e.g. "Shoe size" (number) or "Preferred channel" (choice of email,
 * phone, visit). People hold its values as {@link CustomFieldValueEmbeddable}s under its key.
 */
@Entity(name = "CustomFieldDefinition")
@Table(name = "CONTACT_CUSTOM_FIELD")
public class CustomFieldDefinitionEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "FIELD_KEY", length = 64)
    private String key;
    @Column(name = "LABEL", length = 100, nullable = false)
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(name = "FIELD_TYPE", length = 16, nullable = false)
    private CustomFieldType type;
    /** The choices of a CHOICE field, one per line. */
    @Column(name = "CHOICES", length = 2000)
    private String choices = "";
    @Column(name = "POSITION")
    private int position;

    protected CustomFieldDefinitionEntity() {
    }

    public CustomFieldDefinitionEntity(String key, String label, CustomFieldType type, List<String> choices, int position) {
        if (!key.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("custom field key '" + key + "' must be lower-case letters, digits or _");
        }
        this.key = key;
        this.label = label;
        this.type = type;
        this.choices = String.join("\n", choices);
        this.position = position;
    }

    /** Changes what the field is, keeping its key. */
    public void define(String label, CustomFieldType type, List<String> choices, int position) {
        this.label = label;
        this.type = type;
        this.choices = String.join("\n", choices);
        this.position = position;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public CustomFieldType getType() {
        return type;
    }

    public List<String> getChoices() {
        return choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
    }

    public int getPosition() {
        return position;
    }
}
