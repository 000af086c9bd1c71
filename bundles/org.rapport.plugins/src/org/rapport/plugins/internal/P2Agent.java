package org.rapport.plugins.internal;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The p2 agent of the running installation. p2's core bundle starts lazily and registers its agent provider when it
 * starts, which loading {@link IProvisioningAgentProvider} here triggers; so the provider is waited for, not
 * injected (a DS reference would wait for a bundle nothing starts).
 */
final class P2Agent {

    private P2Agent() {
    }

    static IProvisioningAgent running(BundleContext context) {
        ServiceTracker<IProvisioningAgentProvider, IProvisioningAgentProvider> tracker = new ServiceTracker<>(context,
                IProvisioningAgentProvider.class, null);
        tracker.open();
        try {
            IProvisioningAgentProvider provider = tracker.waitForService(10_000);
            if (provider == null) {
                throw new IllegalStateException("p2 is not available in this installation (no agent provider)");
            }
            IProvisioningAgent agent = provider.createAgent(null);
            if (agent == null) {
                throw new IllegalStateException("p2 has no agent for the running installation (eclipse.p2.data.area not set?)");
            }
            return agent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for p2", e);
        } catch (ProvisionException e) {
            throw new IllegalStateException("p2 cannot open the running installation: " + e.getMessage(), e);
        } finally {
            tracker.close();
        }
    }
}
