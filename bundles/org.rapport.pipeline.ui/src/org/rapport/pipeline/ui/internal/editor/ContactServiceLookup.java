package org.rapport.pipeline.ui.internal.editor;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.PersonRow;
import org.rapport.core.PersonRef;

/**
 * People and organizations from the contacts domain's {@link ContactService}, looked up in the service registry at
 * each search (so a contacts bundle started later is found). Only loaded when the contacts API is wired.
 */
final class ContactServiceLookup implements ContactsLookup {

    private final BundleContext context;

    ContactServiceLookup(BundleContext context) {
        this.context = context;
    }

    private ContactService service() {
        ServiceReference<ContactService> reference = context == null ? null
                : context.getServiceReference(ContactService.class);
        return reference == null ? null : context.getService(reference);
    }

    @Override
    public boolean canSearch() {
        return service() != null;
    }

    @Override
    public List<PersonRef> people(String prefix, int limit) {
        ContactService contacts = service();
        return contacts == null ? List.of()
                : contacts.page(ContactQuery.ALL.withPrefix(prefix), 0, limit).stream().map(PersonRow::toRef).toList();
    }

    @Override
    public List<Organization> organizations(String prefix, int limit) {
        ContactService contacts = service();
        return contacts == null ? List.of()
                : contacts.organizations(prefix, limit).stream().map(o -> new Organization(o.getId(), o.getName())).toList();
    }
}
