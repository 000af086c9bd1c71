package org.rapport.ui.jobs;

import org.eclipse.ui.IStartup;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * An {@code org.eclipse.ui.startup} hook that gets one service of its bundle once the workbench is up and holds it
 * until the bundle stops: for the delayed DS services that work in the background while something holds them (the
 * feed's polling, the loyalty daily run, the community's level review), which the workbench should run and
 * {@code rapport-cli} never. A domain's UI bundle subclasses it with a public no-argument constructor and names the
 * subclass in its {@code <startup class="..."/>}; the hook runs in a background job after the window opened.
 *
 * @param <T> the service to hold
 */
public abstract class HeldAtStartup<T> implements IStartup {

    private final Class<T> service;

    /** @param service the service's type, as registered */
    protected HeldAtStartup(Class<T> service) {
        this.service = service;
    }

    @Override
    public void earlyStartup() {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<T> reference = context == null ? null : context.getServiceReference(service);
        if (reference != null) {
            // Held until the bundle stops (with the workbench); the service's deactivation stops its jobs.
            context.getService(reference);
        }
    }
}
