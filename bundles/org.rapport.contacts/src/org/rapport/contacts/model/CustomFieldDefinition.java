package org.rapport.contacts.model;

import java.util.List;

import org.rapport.core.Revision;

/**
 * A custom field defined for this installation, e.g. "Shoe size" (number) or "Preferred channel" (choice of email,
 * phone, visit). People hold its values as {@link CustomFieldValue}s under its key. Immutable.
 */
public final class CustomFieldDefinition {

    private final String key;
    private final String label;
    private final CustomFieldType type;
    private final List<String> choices;
    private final int position;
    private final Revision revision;

    /**
     * A field to define.
     *
     * @param key      lower-case letters, digits or _, starting with a letter, at most 64 characters
     * @param choices  the choices of a {@link CustomFieldType#CHOICE} field
     * @param position where the field comes among the others
     */
    public CustomFieldDefinition(String key, String label, CustomFieldType type, List<String> choices, int position) {
        this(key, label, type, choices, position, Revision.NEW);
    }

    /** A field as saved (the services build it). */
    public CustomFieldDefinition(String key, String label, CustomFieldType type, List<String> choices, int position,
            Revision revision) {
        if (!key.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("custom field key '" + key + "' must be lower-case letters, digits or _");
        }
        this.key = key;
        this.label = label;
        this.type = type;
        this.choices = List.copyOf(choices);
        this.position = position;
        this.revision = revision;
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
        return choices;
    }

    public int getPosition() {
        return position;
    }

    /** The saved state this copy was read from; {@link Revision#NEW} for a field not defined yet. */
    public Revision getRevision() {
        return revision;
    }
}
