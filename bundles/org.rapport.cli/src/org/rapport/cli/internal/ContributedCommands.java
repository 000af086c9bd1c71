package org.rapport.cli.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.core.cli.CliCommand;

/**
 * The {@link CliCommand} services installed bundles register (the whiteboard). The command line starts while
 * Declarative Services may still be registering components, so before it looks a command up it
 * {@linkplain #await waits}, briefly, until every component that offers a command is registered or cannot be.
 */
final class ContributedCommands implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final ServiceTracker<CliCommand, CliCommand> commands;
    private final ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> runtime;

    ContributedCommands(BundleContext context) {
        commands = new ServiceTracker<>(context, CliCommand.class, null);
        runtime = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
        runtime.open();
        commands.open();
    }

    /**
     * Waits at most {@code timeout} until no component that offers a command still waits for a service it needs.
     *
     * @return the names of the components that are still waiting, empty when all are there
     */
    List<String> await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> waiting = waiting();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            waiting = waiting();
        }
        return waiting;
    }

    /** The commands registered now. */
    Collection<CliCommand> current() {
        CliCommand[] now = commands.getServices(new CliCommand[0]);
        return now == null ? List.of() : Arrays.asList(now);
    }

    /** Enabled command components that are not satisfied yet (their services are not registered). */
    private List<String> waiting() {
        ServiceComponentRuntime scr = runtime.getService();
        List<String> waiting = new ArrayList<>();
        if (scr == null) {
            return waiting;
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (description.serviceInterfaces == null
                    || !Arrays.asList(description.serviceInterfaces).contains(CliCommand.class.getName())
                    || !scr.isComponentEnabled(description)) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
            boolean unsatisfied = configurations.isEmpty() || configurations.stream()
                    .anyMatch(c -> c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION);
            if (unsatisfied) {
                waiting.add(description.name + " (" + description.bundle.symbolicName + ")");
            }
        }
        return waiting;
    }

    @Override
    public void close() {
        commands.close();
        runtime.close();
    }
}
