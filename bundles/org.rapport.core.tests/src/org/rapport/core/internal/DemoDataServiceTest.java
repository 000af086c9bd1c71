package org.rapport.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.core.demo.DemoDataService;

/**
 * The first-start demo data: loaded once, each provider after those it names, into empty domains only, and never when
 * switched off.
 */
class DemoDataServiceTest {

    private final List<String> loadLog = new ArrayList<>();
    private IEclipsePreferences workspace;
    private IEclipsePreferences defaults;
    private OnFirstStartDemoDataService service;

    @BeforeEach
    void freshWorkspacePreferences() {
        String node = "org.rapport.core.tests." + UUID.randomUUID();
        workspace = InstanceScope.INSTANCE.getNode(node);
        defaults = InstanceScope.INSTANCE.getNode(node + ".defaults");
        service = new OnFirstStartDemoDataService(workspace, defaults);
    }

    @Test
    void loadsEmptyDomainsAfterTheirDependenciesAndOnlyOnce() {
        service.addProvider(new Provider("a.pipeline", true, "contacts", "contacts.segments"));
        service.addProvider(new Provider("contacts.segments", true, "contacts"));
        service.addProvider(new Provider("contacts", true));
        service.addProvider(new Provider("loyalty", false, "contacts")); // already has data

        assertEquals(List.of("contacts", "contacts.segments", "a.pipeline"), service.loadWhereEmpty(new NullProgressMonitor()));
        assertEquals(List.of("contacts", "contacts.segments", "a.pipeline"), loadLog);

        assertEquals(List.of(), service.loadWhereEmpty(new NullProgressMonitor()), "a second start loads nothing");
        assertEquals(3, loadLog.size());
    }

    @Test
    void providersWithoutDependenciesLoadByIdAndMissingDependenciesAreIgnored() {
        service.addProvider(new Provider("social", true, "community")); // community is not installed
        service.addProvider(new Provider("contacts", true));
        service.addProvider(new Provider("campaigns", true));

        assertEquals(List.of("campaigns", "contacts", "social"), service.loadWhereEmpty(new NullProgressMonitor()));
    }

    @Test
    void aDependencyLoadedOnAnEarlierStartDoesNotHoldBackANewProvider() {
        service.addProvider(new Provider("contacts", true));
        service.loadWhereEmpty(new NullProgressMonitor());

        service.addProvider(new Provider("pipeline", true, "contacts")); // a domain installed later

        assertEquals(List.of("pipeline"), service.loadWhereEmpty(new NullProgressMonitor()));
    }

    @Test
    void providersInACycleAreNotLoadedButTheOthersAre() {
        service.addProvider(new Provider("chicken", true, "egg"));
        service.addProvider(new Provider("egg", true, "chicken"));
        service.addProvider(new Provider("omelette", true, "egg"));
        service.addProvider(new Provider("narcissus", true, "narcissus"));
        service.addProvider(new Provider("contacts", true));

        assertEquals(List.of("contacts"), service.loadWhereEmpty(new NullProgressMonitor()));
        assertEquals(List.of("chicken", "egg", "narcissus", "omelette"),
                DemoDataOrder.of(List.of(new Provider("egg", true, "chicken"), new Provider("chicken", true, "egg"),
                        new Provider("omelette", true, "egg"), new Provider("narcissus", true, "narcissus"))).unordered());
        assertTrue(!workspace.getBoolean("demoData.loaded.egg", false), "not recorded as loaded");
    }

    @Test
    void aFailingProviderDoesNotStopTheOthersAndIsRetriedNextStart() {
        Provider broken = new Provider("broken", true) {
            @Override
            public void load(IProgressMonitor monitor) {
                throw new IllegalStateException("disk full");
            }
        };
        service.addProvider(broken);
        service.addProvider(new Provider("contacts", true));

        assertEquals(List.of("contacts"), service.loadWhereEmpty(new NullProgressMonitor()));
        assertTrue(!workspace.getBoolean("demoData.loaded.broken", false), "not recorded as loaded");
    }

    @Test
    void closingDuringTheFirstStartStopsQuietlyAndLoadsTheRestNextTime() {
        NullProgressMonitor closing = new NullProgressMonitor();
        Provider interrupted = new Provider("contacts", true) {
            @Override
            public void load(IProgressMonitor monitor) {
                closing.setCanceled(true); // the user closes Rapport while the demo people are written
                throw new OperationCanceledException();
            }
        };
        service.addProvider(interrupted);
        service.addProvider(new Provider("pipeline", true, "contacts"));
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            assertEquals(List.of(), service.loadWhereEmpty(closing));
        } finally {
            Platform.removeLogListener(listener);
        }

        assertEquals(List.of(), loadLog, "nothing after the cancelled provider");
        assertTrue(logged.stream().noneMatch(status -> status.getMessage().contains("contacts")),
                "closing is not an error: " + logged);
        assertTrue(!workspace.getBoolean("demoData.loaded.contacts", false), "not recorded as loaded");
    }

    @Test
    void switchedOffByTheProductNothingIsLoaded() {
        defaults.putBoolean(DemoDataService.PREF_ON_FIRST_START, false);
        service.addProvider(new Provider("contacts", true));

        assertEquals(List.of(), service.loadWhereEmpty(new NullProgressMonitor()));
        assertEquals(List.of(), loadLog);
    }

    private class Provider implements DemoDataProvider {
        private final String id;
        private final boolean empty;
        private final Set<String> after;

        Provider(String id, boolean empty, String... after) {
            this.id = id;
            this.empty = empty;
            this.after = Set.of(after);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<String> after() {
            return after;
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }

        @Override
        public void load(IProgressMonitor monitor) {
            loadLog.add(id);
        }
    }
}
