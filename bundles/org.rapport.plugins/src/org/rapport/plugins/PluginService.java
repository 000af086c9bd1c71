package org.rapport.plugins;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Installs, uninstalls and updates plugins (p2 features) in the running Rapport installation, as an OSGi service.
 * Changes are written to the installation's p2 profile and applied to the running framework where that is safe (new
 * bundles are installed and started: a new feed source type appears at once); otherwise {@link
 * PluginChange#restartNeeded()} says the next start has them. A change whose bundles cannot resolve is refused with
 * the reason and leaves the installation as it was. Every method may block for network and disk: call it from a job.
 */
public interface PluginService {

    /** The installed features: the product's and the plugins installed later, sorted by id. */
    List<InstalledPlugin> installed();

    /**
     * Installs a feature from a p2 site; the site is remembered, so later updates of the plugin come from it.
     *
     * @param repository the site's URL ({@code https://...}, {@code file:/...})
     * @param featureId  the feature's id, with or without the {@code .feature.group} suffix
     */
    PluginChange install(URI repository, String featureId, IProgressMonitor monitor);

    /** Uninstalls a plugin; the user's data stays, as does every other feature. */
    PluginChange uninstall(String featureId, IProgressMonitor monitor);

    /** Updates every installed feature to the newest version on the known sites (the update site included). */
    PluginChange update(IProgressMonitor monitor);

    /** Whether users may install plugins ({@link PluginPreferences#INSTALL_ALLOWED}). */
    boolean installAllowed();

    /** The product's update site ({@link PluginPreferences#UPDATE_SITE}), if one is set. */
    Optional<URI> updateSite();

    /** Adds the update site to p2's known sites (done at every start), so Check for Updates looks there. */
    void registerUpdateSite();
}
