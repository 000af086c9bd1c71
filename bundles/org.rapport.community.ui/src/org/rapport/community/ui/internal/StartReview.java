package org.rapport.community.ui.internal;

import org.rapport.community.AutomaticReview;
import org.rapport.ui.jobs.HeldAtStartup;

/**
 * Starts the periodic level review of the community (downgrades wait for it) once the workbench is up, whichever
 * perspective is open: only the workbench should hold it (scripts run {@code rapport-cli community review}).
 */
public class StartReview extends HeldAtStartup<AutomaticReview> {

    /** Used by the workbench's start-up extension. */
    public StartReview() {
        super(AutomaticReview.class);
    }
}
