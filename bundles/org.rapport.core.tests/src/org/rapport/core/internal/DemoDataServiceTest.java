package org.rapport.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.core.demo.DemoDataProvider;
import org.rapport.core.demo.DemoDataService;

/** The first-start demo data: loaded once, in order, into empty domains only, and never when switched off. */
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
    void loadsEmptyDomainsInOrderAndOnlyOnce() {
        service.addProvider(new Provider("pipeline", 200, true));
        service.addProvider(new Provider("contacts", 100, true));
        service.addProvider(new Provider("loyalty", 300, false)); // already has data

        assertEquals(List.of("contacts", "pipeline"), service.loadWhereEmpty(new NullProgressMonitor()));
        assertEquals(List.of("contacts", "pipeline"), loadLog);

        assertEquals(List.of(), service.loadWhereEmpty(new NullProgressMonitor()), "a second start loads nothing");
        assertEquals(2, loadLog.size());
    }

    @Test
    void aFailingProviderDoesNotStopTheOthersAndIsRetriedNextStart() {
        Provider broken = new Provider("broken", 50, true) {
            @Override
            public void load(IProgressMonitor monitor) {
                throw new IllegalStateException("disk full");
            }
        };
        service.addProvider(broken);
        service.addProvider(new Provider("contacts", 100, true));

        assertEquals(List.of("contacts"), service.loadWhereEmpty(new NullProgressMonitor()));
        assertTrue(!workspace.getBoolean("demoData.loaded.broken", false), "not recorded as loaded");
    }

    @Test
    void switchedOffByTheProductNothingIsLoaded() {
        defaults.putBoolean(DemoDataService.PREF_ON_FIRST_START, false);
        service.addProvider(new Provider("contacts", 100, true));

        assertEquals(List.of(), service.loadWhereEmpty(new NullProgressMonitor()));
        assertEquals(List.of(), loadLog);
    }

    private class Provider implements DemoDataProvider {
        private final String id;
        private final int order;
        private final boolean empty;

        Provider(String id, int order, boolean empty) {
            this.id = id;
            this.order = order;
            this.empty = empty;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int order() {
            return order;
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
