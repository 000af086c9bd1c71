package org.rapport.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.rapport.plugins.InstalledPlugin;
import org.rapport.plugins.PluginChange;
import org.rapport.plugins.PluginChange.Outcome;
import org.rapport.plugins.PluginPreferences;
import org.rapport.plugins.PluginService;

/**
 * {@link PluginService} over p2's operations API on the running installation's profile ({@code _SELF_}). Installs
 * are applied to the running framework ({@link LiveApply}) and rolled back when a new bundle does not resolve;
 * uninstalls and updates replace bundles other code may be running, so they take effect at the next start.
 */
@Component(service = PluginService.class)
public class P2PluginService implements PluginService {

    private static final String GROUP = ".feature.group";

    private final BundleContext context;
    private IProvisioningAgent agent;

    @Activate
    public P2PluginService(BundleContext context) {
        this.context = context;
    }

    private synchronized IProvisioningAgent agent() {
        if (agent == null) {
            agent = P2Agent.running(context);
        }
        return agent;
    }

    private IProfile profile() {
        IProfile profile = agent().getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new IllegalStateException("this Rapport has no p2 profile (is it a materialized product?)");
        }
        return profile;
    }

    @Override
    public List<InstalledPlugin> installed() {
        IProfile profile = profile();
        List<IRequirement> ofProduct = productFeatures(profile);
        List<InstalledPlugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
            if (!Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
                continue;
            }
            String id = unit.getId().endsWith(GROUP) ? unit.getId().substring(0, unit.getId().length() - GROUP.length()) : unit.getId();
            String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
            plugins.add(new InstalledPlugin(id, unit.getVersion().toString(), name == null ? id : name,
                    ofProduct.stream().anyMatch(r -> r.isMatch(unit)) || QueryUtil.isProduct(unit)));
        }
        plugins.sort(Comparator.comparing(InstalledPlugin::id));
        return plugins;
    }

    /** What the product unit requires: its features. */
    private static List<IRequirement> productFeatures(IProfile profile) {
        return profile.query(QueryUtil.createIUProductQuery(), null).stream()
                .flatMap(product -> product.getRequirements().stream()).toList();
    }

    @Override
    public PluginChange install(URI repository, String featureId, IProgressMonitor monitor) {
        if (!installAllowed()) {
            return refused("Installing plugins is switched off in this Rapport (preference "
                    + PluginPreferences.QUALIFIER + "/" + PluginPreferences.INSTALL_ALLOWED + "=false); ask your IT.");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Installing " + featureId, 100);
        String groupId = featureId.endsWith(GROUP) ? featureId : featureId + GROUP;
        IMetadataRepository site;
        try {
            site = agent().getService(IMetadataRepositoryManager.class).loadRepository(repository, progress.split(20));
            agent().getService(IArtifactRepositoryManager.class).loadRepository(repository, progress.split(5));
        } catch (ProvisionException e) {
            return refused("Cannot read the p2 site " + repository + ": " + e.getMessage());
        }
        Optional<IInstallableUnit> feature = site.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId)),
                progress.split(5)).stream().findFirst();
        if (feature.isEmpty()) {
            String offered = site.query(QueryUtil.createIUGroupQuery(), null).stream().map(IInstallableUnit::getId)
                    .filter(id -> id.endsWith(GROUP)).map(id -> id.substring(0, id.length() - GROUP.length())).sorted()
                    .collect(Collectors.joining(", "));
            return refused("The site " + repository + " has no feature " + strip(groupId) + ". It offers: "
                    + (offered.isEmpty() ? "none" : offered));
        }
        IInstallableUnit unit = feature.get();
        if (!profile().query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty()) {
            return new PluginChange(Outcome.NOTHING_TO_DO, strip(groupId) + " " + unit.getVersion() + " is already installed.",
                    List.of(), false);
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(agent()), List.of(unit));
        operation.setProvisioningContext(context(repository));
        IStatus resolved = operation.resolveModal(progress.split(30));
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            return refused("Cannot install " + strip(groupId) + " " + unit.getVersion() + ": its requirements cannot be met"
                    + " in this Rapport. Nothing was changed." + System.lineSeparator() + reasons(operation, resolved));
        }
        List<IInstallableUnit> added = additions(operation.getProvisioningPlan());
        PluginChange written = perform(operation, "installed", progress.split(30));
        if (written.outcome() != Outcome.DONE) {
            return written;
        }
        // remember the site: later updates of the plugin come from it
        agent().getService(IMetadataRepositoryManager.class).addRepository(repository);
        agent().getService(IArtifactRepositoryManager.class).addRepository(repository);
        return applyOrRollBack(unit, added, written, progress.split(10));
    }

    private PluginChange applyOrRollBack(IInstallableUnit feature, List<IInstallableUnit> added, PluginChange written,
            IProgressMonitor monitor) {
        LiveApply live = new LiveApply(context);
        if (!live.available()) {
            return new PluginChange(Outcome.DONE, written.message() + " Restart Rapport to use it.", written.changes(), true);
        }
        List<String> unresolved;
        try {
            unresolved = live.applyAndResolve(added);
        } catch (IOException | RuntimeException e) {
            return new PluginChange(Outcome.DONE, written.message() + " It could not be started now (" + e.getMessage()
                    + "); it is there from the next start of Rapport.", written.changes(), true);
        }
        if (unresolved.isEmpty()) {
            return new PluginChange(Outcome.DONE, written.message() + " It is active now; no restart needed.",
                    written.changes(), false);
        }
        PluginChange rollBack = uninstallUnit(feature, monitor);
        try {
            live.applyAndResolve(List.of());
        } catch (IOException | RuntimeException e) {
            // the profile is rolled back; the next start has the old state in any case
        }
        return refused("Cannot install " + strip(feature.getId()) + " " + feature.getVersion()
                + ": its bundles do not resolve in this Rapport, so it was removed again"
                + (rollBack.outcome() == Outcome.DONE ? "" : " (removal: " + rollBack.message() + ")") + "."
                + System.lineSeparator() + String.join(System.lineSeparator(), unresolved));
    }

    @Override
    public PluginChange uninstall(String featureId, IProgressMonitor monitor) {
        String groupId = featureId.endsWith(GROUP) ? featureId : featureId + GROUP;
        Optional<InstalledPlugin> installed = installed().stream().filter(p -> (p.id() + GROUP).equals(groupId)).findFirst();
        if (installed.isEmpty()) {
            return refused(strip(groupId) + " is not installed. Installed plugins: " + installed().stream()
                    .filter(p -> !p.ofProduct()).map(InstalledPlugin::id).collect(Collectors.joining(", ")));
        }
        if (installed.get().ofProduct()) {
            return refused(strip(groupId) + " is part of the Rapport product and cannot be uninstalled alone.");
        }
        IInstallableUnit unit = profile().query(QueryUtil.createIUQuery(groupId), null).iterator().next();
        PluginChange change = uninstallUnit(unit, monitor);
        return change.outcome() != Outcome.DONE ? change : new PluginChange(Outcome.DONE,
                change.message() + " Your data stays. Rapport runs without it from its next start.", change.changes(), true);
    }

    private PluginChange uninstallUnit(IInstallableUnit unit, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Uninstalling " + strip(unit.getId()), 100);
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent()), List.of(unit));
        IStatus resolved = operation.resolveModal(progress.split(40));
        if (resolved.getSeverity() == IStatus.ERROR) {
            return refused("Cannot uninstall " + strip(unit.getId()) + ":" + System.lineSeparator() + reasons(operation, resolved));
        }
        return perform(operation, "uninstalled", progress.split(60));
    }

    @Override
    public PluginChange update(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Updating Rapport", 100);
        registerUpdateSite();
        UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent()));
        IStatus resolved = operation.resolveModal(progress.split(50));
        if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new PluginChange(Outcome.NOTHING_TO_DO, "No updates found on the known sites.", List.of(), false);
        }
        if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
            return refused("Cannot update: " + System.lineSeparator() + reasons(operation, resolved));
        }
        PluginChange change = perform(operation, "updated", progress.split(50));
        return change.outcome() != Outcome.DONE ? change : new PluginChange(Outcome.DONE,
                change.message() + " The update is active from the next start of Rapport.", change.changes(), true);
    }

    private PluginChange perform(ProfileChangeOperation operation, String verb, IProgressMonitor monitor) {
        IProvisioningPlan plan = operation.getProvisioningPlan();
        List<String> changes = new ArrayList<>();
        IQueryable<IInstallableUnit> changed = verb.equals("uninstalled") ? plan.getRemovals() : plan.getAdditions();
        for (IInstallableUnit unit : changed.query(QueryUtil.createIUGroupQuery(), null)) {
            changes.add(strip(unit.getId()) + " " + unit.getVersion());
        }
        IStatus status = operation.getProvisioningJob(monitor).runModal(monitor);
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            return new PluginChange(Outcome.FAILED, "p2 could not change the installation (rolled back): "
                    + Statuses.describe(status), List.of(), false);
        }
        changes.sort(null);
        return new PluginChange(Outcome.DONE, capitalized(verb) + " " + String.join(", ", changes) + ".",
                changes.stream().map(c -> verb + " " + c).toList(), false);
    }

    private static List<IInstallableUnit> additions(IProvisioningPlan plan) {
        List<IInstallableUnit> units = new ArrayList<>();
        plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).forEach(units::add);
        return units;
    }

    /** The given site and the update site: enough for a plugin whose requirements the product has. */
    private ProvisioningContext context(URI repository) {
        ProvisioningContext provisioning = new ProvisioningContext(agent());
        List<URI> sites = new ArrayList<>(List.of(repository));
        updateSite().ifPresent(sites::add);
        provisioning.setMetadataRepositories(sites.toArray(URI[]::new));
        provisioning.setArtifactRepositories(sites.toArray(URI[]::new));
        return provisioning;
    }

    private static String reasons(ProfileChangeOperation operation, IStatus status) {
        String details = operation.getResolutionDetails();
        return details != null && !details.isBlank() ? details.strip() : Statuses.describe(status);
    }

    @Override
    public boolean installAllowed() {
        return Platform.getPreferencesService().getBoolean(PluginPreferences.QUALIFIER, PluginPreferences.INSTALL_ALLOWED,
                true, null);
    }

    @Override
    public Optional<URI> updateSite() {
        String site = Platform.getPreferencesService().getString(PluginPreferences.QUALIFIER, PluginPreferences.UPDATE_SITE,
                "", null).strip();
        try {
            return site.isEmpty() ? Optional.empty() : Optional.of(new URI(site));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public void registerUpdateSite() {
        updateSite().ifPresent(site -> {
            agent().getService(IMetadataRepositoryManager.class).addRepository(site);
            agent().getService(IArtifactRepositoryManager.class).addRepository(site);
        });
    }

    private static PluginChange refused(String message) {
        return new PluginChange(Outcome.REFUSED, message, List.of(), false);
    }

    private static String strip(String id) {
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
