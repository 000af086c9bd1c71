package org.rapport.contacts.model;

/** The type of a custom field, which decides how its values are stored, edited and compared in segments. */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, CHOICE
}
