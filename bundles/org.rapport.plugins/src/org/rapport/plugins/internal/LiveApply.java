package org.rapport.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.internal.provisional.configurator.Configurator;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Brings a provisioned change into the running framework without a restart: simpleconfigurator's
 * {@link Configurator#applyConfiguration()} installs the new bundles of bundles.info and starts those marked to
 * start; then the new bundles are resolved, so their extensions reach the extension registry (a feed source type
 * appears in the registry listeners at once) and their DS components start.
 */
final class LiveApply {

    private final BundleContext context;

    LiveApply(BundleContext context) {
        this.context = context;
    }

    /** Whether the running framework can be changed in place (simpleconfigurator manages it). */
    boolean available() {
        return context.getServiceReference(Configurator.class) != null;
    }

    /**
     * Applies the installation's configuration and resolves the given units' bundles.
     *
     * @return why some of them cannot resolve (one line per bundle), empty when all resolved
     */
    List<String> applyAndResolve(List<IInstallableUnit> added) throws java.io.IOException {
        ServiceReference<Configurator> reference = context.getServiceReference(Configurator.class);
        Configurator configurator = context.getService(reference);
        try {
            configurator.applyConfiguration();
        } finally {
            context.ungetService(reference);
        }
        List<Bundle> bundles = new ArrayList<>();
        for (IInstallableUnit unit : added) {
            bundleOf(unit).ifPresent(bundles::add);
        }
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(bundles);
        List<String> unresolved = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.INSTALLED) {
                unresolved.add(bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + reason(bundle));
            } else if (bundle.getHeaders().get("Bundle-ActivationPolicy") != null && bundle.getHeaders().get("Fragment-Host") == null) {
                startLazily(bundle);
            }
        }
        return unresolved;
    }

    /** Lazy bundles start on their first class load, as at a normal start, so their DS components are processed. */
    private static void startLazily(Bundle bundle) {
        try {
            bundle.start(Bundle.START_ACTIVATION_POLICY | Bundle.START_TRANSIENT);
        } catch (BundleException e) {
            // it stays resolved; its extensions are in the registry all the same
        }
    }

    /** The framework's own explanation: starting an unresolved bundle fails with the missing requirement. */
    private static String reason(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            bundle.stop(Bundle.STOP_TRANSIENT);
            return "does not resolve";
        } catch (BundleException e) {
            return e.getMessage().replace(System.lineSeparator(), " ").strip();
        }
    }

    private Optional<Bundle> bundleOf(IInstallableUnit unit) {
        for (IProvidedCapability capability : unit.getProvidedCapabilities()) {
            if ("osgi.bundle".equals(capability.getNamespace())) {
                Version version = Version.parseVersion(capability.getVersion().toString());
                for (Bundle bundle : context.getBundles()) {
                    if (capability.getName().equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion())) {
                        return Optional.of(bundle);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
