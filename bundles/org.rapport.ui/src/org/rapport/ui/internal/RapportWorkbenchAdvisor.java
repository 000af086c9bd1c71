package org.rapport.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.rapport.ui.RapportUi;

/**
 * The workbench: windows, the first perspective, and what runs once the workbench is up. Background jobs (the views'
 * first reads, demo data, early start-up extensions) wait until the window is open: on a laptop's two cores they would
 * otherwise take the CPU that building the window needs, and the database, its first queries and the demo data are
 * not what a user has to see first.
 */
public class RapportWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Preference (node {@code org.rapport.ui}) naming the perspective of a new workspace; IT may preset it. */
    static final String PREF_INITIAL_PERSPECTIVE = "initialPerspective";

    /** How long closing waits for the demo data to stop, before the services it writes through are stopped. */
    private static final long DEMO_DATA_STOP_MS = 5_000;

    private final DemoDataJob demoData = new DemoDataJob();

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        String preset = Platform.getPreferencesService().getString(RapportUi.PLUGIN_ID, PREF_INITIAL_PERSPECTIVE, "", null);
        if (!preset.isBlank() && getWorkbenchConfigurer().getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(preset) != null) {
            return preset;
        }
        return RapportUi.OVERVIEW_PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RapportWindowAdvisor(configurer);
    }

    @Override
    public void preStartup() {
        Job.getJobManager().suspend();
    }

    @Override
    public void postStartup() {
        // The window is open and the event loop is about to run: the jobs resume once it handles its first events.
        IJobManager jobs = Job.getJobManager();
        getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(jobs::resume);
        demoData.schedule();
    }

    /**
     * Closed while the demo data is still loading (a first start ended at once, or SIGTERM): cancel it and give it a
     * moment, so that it stops between two of its transactions instead of failing when the database closes under it.
     */
    @Override
    public void postShutdown() {
        demoData.cancel();
        try {
            demoData.join(DEMO_DATA_STOP_MS, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
