package org.rapport.feed.ui.internal.post;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.core.PersonRef;
import org.rapport.feed.sources.AuthorIdentity;

/**
 * Adds a post's author as a new contact, named as they name themselves, with their email when the feed gave one (the
 * feed then links the identity, which adds the social profile). Loaded only when the contacts domain is installed
 * ({@link OptionalDomains#has}). Call from a background job.
 */
final class ContactCreator {

    private ContactCreator() {
    }

    static PersonRef create(AuthorIdentity author) {
        BundleContext context = OptionalDomains.context();
        ServiceReference<ContactService> reference = context.getServiceReference(ContactService.class);
        if (reference == null) {
            throw new IllegalStateException("The contacts are not available.");
        }
        ContactService contacts = context.getService(reference);
        try {
            String[] names = names(author);
            Person person = new Person(names[0], names[1]);
            if (author.email() != null && !author.email().isBlank()) {
                person.getEmails().add(new EmailAddress("work", author.email()));
            }
            Person saved = contacts.save(person);
            return new PersonRef(saved.getId(), (names[0] + " " + names[1]).strip());
        } finally {
            context.ungetService(reference);
        }
    }

    /** First and last name from the display name ("Ada Lovelace"), else the handle's user part as the last name. */
    static String[] names(AuthorIdentity author) {
        String name = author.displayName().strip();
        if (name.isEmpty()) {
            String handle = author.handle();
            int at = handle.indexOf('@');
            return new String[] { "", at > 0 ? handle.substring(0, at) : handle };
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] { "", name }
                : new String[] { name.substring(0, space).strip(), name.substring(space + 1).strip() };
    }
}
