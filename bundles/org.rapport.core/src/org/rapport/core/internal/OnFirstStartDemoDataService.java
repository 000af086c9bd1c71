package org.rapport.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.core.demo.DemoDataService;
import org.rapport.core.events.RapportTopics;

/**
 * Loads each provider's demo data once per workspace, into empty domains only, each after the providers it names in
 * {@code after()} (see {@link DemoDataOrder}). The record of what was loaded is kept in the workspace's preferences,
 * next to the database it describes.
 */
@Component(service = DemoDataService.class)
public class OnFirstStartDemoDataService implements DemoDataService {

    static final String NODE = "org.rapport.core";
    private static final String LOADED_PREFIX = "demoData.loaded.";

    private final List<DemoDataProvider> providers = new CopyOnWriteArrayList<>();
    private final IEclipsePreferences workspacePrefs;
    private final IEclipsePreferences defaultPrefs;
    private final ILog log = ILog.of(OnFirstStartDemoDataService.class);
    private volatile EventAdmin eventAdmin;

    /** Used by DS: the workspace's preferences. */
    public OnFirstStartDemoDataService() {
        this(InstanceScope.INSTANCE.getNode(NODE), DefaultScope.INSTANCE.getNode(NODE));
    }

    OnFirstStartDemoDataService(IEclipsePreferences workspacePrefs, IEclipsePreferences defaultPrefs) {
        this.workspacePrefs = workspacePrefs;
        this.defaultPrefs = defaultPrefs;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(DemoDataProvider provider) {
        providers.add(provider);
    }

    void removeProvider(DemoDataProvider provider) {
        providers.remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    @Override
    public synchronized List<String> loadWhereEmpty(IProgressMonitor monitor) {
        List<String> loaded = new ArrayList<>();
        if (!workspacePrefs.getBoolean(PREF_ON_FIRST_START, defaultPrefs.getBoolean(PREF_ON_FIRST_START, true))) {
            return loaded;
        }
        DemoDataOrder order = DemoDataOrder.of(providers.stream()
                .filter(p -> !workspacePrefs.getBoolean(LOADED_PREFIX + p.id(), false)).toList());
        if (!order.unordered().isEmpty()) {
            log.error("Demo data of " + order.unordered() + " is not loaded: these providers wait for each other"
                    + " (a cycle in what their after() names)");
        }
        List<DemoDataProvider> due = order.order();
        SubMonitor progress = SubMonitor.convert(monitor, "Loading demo data", due.size());
        for (DemoDataProvider provider : due) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(provider.id());
            try {
                if (provider.isEmpty()) {
                    provider.load(progress.split(1));
                    loaded.add(provider.id());
                } else {
                    progress.worked(1);
                }
                // Also recorded when the domain already had data: it is no longer a first start for that domain.
                workspacePrefs.putBoolean(LOADED_PREFIX + provider.id(), true);
            } catch (OperationCanceledException e) {
                break; // closed during the first start: nothing went wrong, the rest is not loaded
            } catch (Exception e) {
                log.error("Demo data of '" + provider.id() + "' could not be loaded; the workspace starts without it", e);
            }
        }
        flush();
        if (!loaded.isEmpty() && eventAdmin != null) {
            eventAdmin.postEvent(new Event(RapportTopics.DEMO_DATA_LOADED,
                    Map.of(RapportTopics.DEMO_PROVIDERS, loaded.toArray(String[]::new))));
        }
        return loaded;
    }

    private void flush() {
        try {
            workspacePrefs.flush();
        } catch (BackingStoreException e) {
            log.warn("Could not save which demo data was loaded; it may be offered again", e);
        }
    }
}
