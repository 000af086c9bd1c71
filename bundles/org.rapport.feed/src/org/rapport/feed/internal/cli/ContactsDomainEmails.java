package org.rapport.feed.internal.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;

/**
 * Contacts' emails from the contacts domain. The feed bundle imports {@code org.rapport.contacts} optionally: without
 * the contacts domain this component is never satisfied, its class never loaded, and the feed runs without emails.
 */
@Component(service = ContactEmails.class)
public class ContactsDomainEmails implements ContactEmails {

    private final ContactService contacts;

    /** Used by DS. */
    @Activate
    public ContactsDomainEmails(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Map<Long, String> emails(Collection<Long> personIds) {
        Map<Long, String> emails = new HashMap<>();
        if (personIds.isEmpty()) {
            return emails;
        }
        for (PersonRow row : contacts.rows(personIds.stream().mapToLong(Long::longValue).distinct().toArray())) {
            if (row.primaryEmail() != null && !row.primaryEmail().isBlank()) {
                emails.put(row.id(), row.primaryEmail());
            }
        }
        return emails;
    }
}
