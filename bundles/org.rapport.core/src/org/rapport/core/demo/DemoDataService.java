package org.rapport.core.demo;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Loads demo data on the first start of a workspace. Available as an OSGi service.
 * <p>
 * Whether it runs at all is the preference {@code org.rapport.core/demoData.onFirstStart} (default {@code true}; IT can
 * switch it off in {@code plugin_customization.ini}). Each provider is loaded at most once per workspace, and only
 * into an empty domain, so deleting the demo people later does not bring them back.
 */
public interface DemoDataService {

    /** Preference key (node {@code org.rapport.core}) that switches loading on first start on or off. */
    String PREF_ON_FIRST_START = "demoData.onFirstStart";

    /**
     * Loads the demo data of every provider that has not loaded yet and whose domain is empty.
     *
     * @return the ids of the providers that loaded data; empty when switched off or nothing was due
     */
    List<String> loadWhereEmpty(IProgressMonitor monitor);
}
