package org.rapport.contacts.io;

import java.util.Objects;

/**
 * Where one CSV column goes.
 *
 * @param field     the contact field
 * @param qualifier the field's qualifier (see {@link ContactField#qualifier()}): a label such as "work", a network
 *                  such as "mastodon", a custom field key, a tag separator; empty when none
 * @param group     pairs the parts of one email, phone, address, organization or social profile (1, 2...); 0 for
 *                  single fields
 */
public record ColumnTarget(ContactField field, String qualifier, int group) {

    /** The column is not imported. */
    public static final ColumnTarget IGNORED = new ColumnTarget(ContactField.IGNORE, "", 0);

    /** Checks the parts. */
    public ColumnTarget {
        Objects.requireNonNull(field, "field");
        qualifier = qualifier == null ? "" : qualifier.trim();
        if (group < 0) {
            throw new IllegalArgumentException("group must be 0 or more, was " + group);
        }
    }

    /** A single field without qualifier. */
    public static ColumnTarget of(ContactField field) {
        return new ColumnTarget(field, "", 0);
    }

    /** A field of a numbered group, e.g. the city of address 2. */
    public static ColumnTarget of(ContactField field, int group) {
        return new ColumnTarget(field, "", group);
    }

    /** A field with a qualifier in a numbered group, e.g. the "mobile" phone of group 3. */
    public static ColumnTarget of(ContactField field, String qualifier, int group) {
        return new ColumnTarget(field, qualifier, group);
    }

    /** Whether the column is imported at all. */
    public boolean imported() {
        return field != ContactField.IGNORE;
    }

    @Override
    public String toString() {
        return field.label() + (qualifier.isEmpty() ? "" : " (" + qualifier + ")") + (group > 0 ? " #" + group : "");
    }
}
