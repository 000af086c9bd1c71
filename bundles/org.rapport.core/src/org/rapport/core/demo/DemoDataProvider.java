package org.rapport.core.demo;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A domain's small, realistic demo data set. Register an implementation as an OSGi service.
 * <p>
 * Providers run in {@link #order()}, lowest first, so a domain that refers to people (the pipeline) runs after the
 * domain that creates them (contacts) and can look them up.
 */
public interface DemoDataProvider {

    /** A stable identifier, e.g. {@code contacts}; recorded once its data was loaded so it is never loaded twice. */
    String id();

    /** The order among providers: contacts use 100, domains that refer to contacts use higher numbers. */
    int order();

    /** Whether the domain has no data yet: demo data is only ever loaded into an empty domain. */
    boolean isEmpty() throws Exception;

    /** Loads the data, reporting progress and stopping early when the monitor is cancelled. */
    void load(IProgressMonitor monitor) throws Exception;
}
