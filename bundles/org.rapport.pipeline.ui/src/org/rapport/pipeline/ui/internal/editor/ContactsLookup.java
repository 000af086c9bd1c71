package org.rapport.pipeline.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;

/**
 * Finding the people and organizations an opportunity is with, through whatever {@link PersonLookup} service is
 * installed (the contacts domain provides one), looked up at each search so a contacts bundle started or installed
 * later is found. Without one, people and organizations are entered by their contacts id. Call from a background job.
 */
final class ContactsLookup {

    private final BundleContext context;

    private ContactsLookup(BundleContext context) {
        this.context = context;
    }

    /** The lookup for the bundle of {@code caller}. */
    static ContactsLookup of(Class<?> caller) {
        return new ContactsLookup(FrameworkUtil.getBundle(caller).getBundleContext());
    }

    /** Whether searching works (a person lookup is installed); else ids are typed. */
    boolean canSearch() {
        return withLookup(lookup -> Boolean.TRUE).orElse(Boolean.FALSE);
    }

    /** People matching the typed text, at most {@code limit}. */
    List<PersonRef> people(String prefix, int limit) {
        return withLookup(lookup -> lookup.find(prefix, limit)).orElse(List.of());
    }

    /** Organizations whose name starts with the text, at most {@code limit}. */
    List<OrganizationRef> organizations(String prefix, int limit) {
        return withLookup(lookup -> lookup.organizations(prefix, limit)).orElse(List.of());
    }

    private <T> Optional<T> withLookup(Function<PersonLookup, T> work) {
        ServiceReference<PersonLookup> reference = context == null ? null : context.getServiceReference(PersonLookup.class);
        PersonLookup lookup = reference == null ? null : context.getService(reference);
        if (lookup == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.apply(lookup));
        } finally {
            context.ungetService(reference);
        }
    }
}
