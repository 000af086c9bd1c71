package org.rapport.contacts.ui.internal.editor;

import java.util.List;

import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;

/**
 * What the editor reads before it shows a person: the person (a new one for a new contact; {@code null} when the
 * person no longer exists), the installation's custom fields and the organizations to suggest.
 */
record LoadedContact(Person person, List<CustomFieldDefinition> customFields, List<Organization> organizations) {

    LoadedContact with(Person other) {
        return new LoadedContact(other, customFields, organizations);
    }
}
