package org.rapport.core.demo;

import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A domain's small, realistic demo data set. Register an implementation as an OSGi service.
 * <p>
 * A provider names the providers whose data it builds on in {@link #after()}: the pipeline's demo deals refer to the
 * demo people, so the pipeline's provider runs after {@code contacts} and can look them up. Providers that depend on
 * nothing run in the order of their ids.
 */
public interface DemoDataProvider {

    /** A stable identifier, e.g. {@code contacts}; recorded once its data was loaded so it is never loaded twice. */
    String id();

    /**
     * The {@link #id()}s of providers that must load before this one, e.g. {@code Set.of("contacts")}. Ids of providers
     * that are not installed, or loaded on an earlier start, are ignored, so a domain can be installed without the
     * domains it refers to. A cycle is a mistake: the providers in it are not loaded, and the log names them.
     */
    default Set<String> after() {
        return Set.of();
    }

    /** Whether the domain has no data yet: demo data is only ever loaded into an empty domain. */
    boolean isEmpty() throws Exception;

    /** Loads the data, reporting progress and stopping early when the monitor is cancelled. */
    void load(IProgressMonitor monitor) throws Exception;
}
