package org.rapport.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.persistence.access.UnitAccess;

/**
 * Opens the persistence unit of every installed domain, so that the database service knows them all (a domain opens
 * its unit on first use only), as {@link DatabaseAdmin#migrateTo} needs: the domains' unit components are those
 * Declarative Services components that use the {@link DatabaseService} and are a {@link UnitAccess}. They are held
 * until {@link #close()}. For the command line and the preferences; it has no JPA types.
 */
public final class DomainUnits implements AutoCloseable {

    private final BundleContext context;
    private final List<ServiceReference<?>> held = new ArrayList<>();

    /** @param context the context of the bundle that asks (its services are got and released through it) */
    public DomainUnits(BundleContext context) {
        this.context = context;
    }

    /**
     * Opens every domain's unit.
     *
     * @return the names of the opened units, sorted
     * @throws org.rapport.persistence.DatabaseException when a unit cannot be opened
     */
    public List<String> openAll() {
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> runtime = new ServiceTracker<>(context,
                ServiceComponentRuntime.class, null);
        runtime.open();
        TreeSet<String> opened = new TreeSet<>();
        try {
            ServiceComponentRuntime scr = runtime.getService();
            if (scr == null) {
                return List.of();
            }
            for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs()) {
                boolean usesDatabase = component.references != null && Arrays.stream(component.references)
                        .anyMatch(r -> DatabaseService.class.getName().equals(r.interfaceName));
                if (usesDatabase && component.serviceInterfaces != null && component.serviceInterfaces.length > 0) {
                    open(component, opened);
                }
            }
        } finally {
            runtime.close();
        }
        return List.copyOf(opened);
    }

    private void open(ComponentDescriptionDTO component, TreeSet<String> opened) {
        ServiceReference<?>[] references;
        try {
            references = context.getServiceReferences((String) null, "(component.name=" + component.name + ")");
        } catch (InvalidSyntaxException e) {
            return; // a component name that is no filter value cannot be a domain's unit
        }
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Object service = context.getService(reference);
            if (service instanceof UnitAccess unit) {
                held.add(reference);
                unit.emf();
                opened.add(unit.unitName());
            } else if (service != null) {
                context.ungetService(reference);
            }
        }
    }

    /** Releases the unit components (their units stay open in the database service). */
    @Override
    public void close() {
        held.forEach(context::ungetService);
        held.clear();
    }
}
