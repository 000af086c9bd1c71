package org.rapport.pipeline.ui.internal.editor;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.rapport.core.PersonRef;

/**
 * Finding the people and organizations an opportunity is with. Through the contacts domain's {@code ContactService}
 * when it is installed (the pipeline UI imports it optionally); without it, people and organizations are entered by
 * their contacts id. Call the methods from a background job.
 */
public interface ContactsLookup {

    /** An organization by id and name. */
    record Organization(long id, String name) {
    }

    /** Whether searching works (the contacts domain is installed); else ids are typed. */
    boolean canSearch();

    /** People whose last name, first name or email starts with the text, at most {@code limit}. */
    List<PersonRef> people(String prefix, int limit);

    /** Organizations whose name starts with the text, at most {@code limit}. */
    List<Organization> organizations(String prefix, int limit);

    /** The lookup of this installation: through the contacts service when it is there. */
    static ContactsLookup of(Class<?> caller) {
        BundleContext context = FrameworkUtil.getBundle(caller).getBundleContext();
        try {
            Class.forName("org.rapport.contacts.ContactService", false, caller.getClassLoader());
            return new ContactServiceLookup(context);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return ById.INSTANCE;
        }
    }

    /** No search: ids only. */
    enum ById implements ContactsLookup {
        INSTANCE;

        @Override
        public boolean canSearch() {
            return false;
        }

        @Override
        public List<PersonRef> people(String prefix, int limit) {
            return List.of();
        }

        @Override
        public List<Organization> organizations(String prefix, int limit) {
            return List.of();
        }
    }
}
