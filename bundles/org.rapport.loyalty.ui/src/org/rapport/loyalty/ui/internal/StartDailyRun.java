package org.rapport.loyalty.ui.internal;

import org.rapport.loyalty.LoyaltyDailyRun;
import org.rapport.ui.jobs.HeldAtStartup;

/**
 * Starts the daily loyalty run (the expiry of lots past their end, birthdays, the tier review on the first of the
 * month) once the workbench is up, whichever perspective is open: only the workbench should hold it
 * (rapport-cli runs {@code loyalty expire} when told to).
 */
public class StartDailyRun extends HeldAtStartup<LoyaltyDailyRun> {

    /** Used by the workbench's start-up extension. */
    public StartDailyRun() {
        super(LoyaltyDailyRun.class);
    }
}
