package org.rapport.feed.ui.internal.post;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Whether the domains the Post view uses optionally are installed: the contacts (to add an author as a contact) and
 * the pipeline's cases (to open a case from a negative post). Services are looked up by name, so this class loads
 * without them; only the classes that use them ({@link ContactCreator}, {@link CaseCreator}) need their packages.
 */
final class OptionalDomains {

    static final String CONTACT_SERVICE = "org.rapport.contacts.ContactService";
    static final String CASE_SERVICE = "org.rapport.pipeline.cases.CaseService";

    private OptionalDomains() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(OptionalDomains.class).getBundleContext();
    }

    /** Whether a service of this class is registered (and its package wired to this bundle). */
    static boolean has(String serviceClass) {
        BundleContext context = context();
        if (context == null || context.getServiceReference(serviceClass) == null) {
            return false;
        }
        try {
            OptionalDomains.class.getClassLoader().loadClass(serviceClass);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // installed, but its package is not wired to this bundle (it came after the resolve)
        }
    }
}
