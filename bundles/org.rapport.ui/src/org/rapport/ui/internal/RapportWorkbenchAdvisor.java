package org.rapport.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.rapport.ui.RapportUi;

/** The workbench: windows, the first perspective, and what runs once the workbench is up. */
public class RapportWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Preference (node {@code org.rapport.ui}) naming the perspective of a new workspace; IT may preset it. */
    static final String PREF_INITIAL_PERSPECTIVE = "initialPerspective";

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
    public void postStartup() {
        new DemoDataJob().schedule();
    }
}
