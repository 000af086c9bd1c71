package org.rapport.bench.workbench;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** One window titled {@value #TITLE} (the benchmark looks for it) with the empty perspective, nothing else. */
class BareWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String TITLE = "Bare Workbench";

    @Override
    public String getInitialWindowPerspectiveId() {
        return EmptyPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                getWindowConfigurer().setTitle(TITLE);
            }

            @Override
            public void postWindowOpen() {
                StartupMilestones.mark("window");
            }
        };
    }
}
