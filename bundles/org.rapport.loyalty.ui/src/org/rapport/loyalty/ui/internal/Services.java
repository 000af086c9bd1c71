package org.rapport.loyalty.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * OSGi services for the parts of the loyalty UI that the workbench makes without injection (3.x handlers and the
 * start-up hook); views get theirs injected.
 */
public final class Services {

    private Services() {
    }

    /** The service of this type, or {@code null} when none is registered. */
    public static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
        return reference == null ? null : context.getService(reference);
    }
}
