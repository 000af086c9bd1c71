package org.rapport.contacts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;

/**
 * The contact database as other domains see it: the search index finds candidates, the contact service confirms an
 * exact email or handle, so a lookup by email never matches a longer address that merely begins the same way.
 */
@Component(service = PersonLookup.class)
public class ContactsPersonLookup implements PersonLookup {

    /** How many search hits an exact lookup checks before it gives up. */
    private static final int CANDIDATES = 20;

    private final ContactService contacts;
    private final ContactSearch search;

    @Activate
    public ContactsPersonLookup(@Reference ContactService contacts, @Reference ContactSearch search) {
        this.contacts = contacts;
        this.search = search;
    }

    @Override
    public List<PersonRef> find(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return search.search(text, limit).rows().stream().map(PersonRow::toRef).toList();
    }

    @Override
    public Optional<PersonRef> person(long id) {
        List<PersonRow> rows = contacts.rows(new long[] { id });
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).toRef());
    }

    @Override
    public Optional<PersonRef> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String wanted = email.trim();
        return firstConfirmed(wanted, person -> person.getEmails().stream()
                .anyMatch(address -> wanted.equalsIgnoreCase(address.getAddress())));
    }

    @Override
    public Optional<PersonRef> byHandle(String network, String handle) {
        if (network == null || handle == null || handle.isBlank()) {
            return Optional.empty();
        }
        String wanted = bare(handle);
        return firstConfirmed(wanted, person -> person.getSocialProfiles().stream()
                .anyMatch(profile -> network.equalsIgnoreCase(profile.getNetwork())
                        && wanted.equals(bare(profile.getHandle()))));
    }

    @Override
    public List<OrganizationRef> organizations(String prefix, int limit) {
        return contacts.organizations(prefix == null ? "" : prefix, limit).stream()
                .map(organization -> new OrganizationRef(organization.getId(), organization.getName()))
                .toList();
    }

    /** The first search hit for {@code text} whose full record passes {@code exact}. */
    private Optional<PersonRef> firstConfirmed(String text, Predicate<Person> exact) {
        for (PersonRow row : search.search(text, CANDIDATES).rows()) {
            Optional<Person> person = contacts.person(row.id());
            if (person.isPresent() && exact.test(person.get())) {
                return Optional.of(row.toRef());
            }
        }
        return Optional.empty();
    }

    /** A handle without its leading {@code @}, trimmed and in lower case. */
    private static String bare(String handle) {
        String trimmed = handle == null ? "" : handle.trim();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }
}
