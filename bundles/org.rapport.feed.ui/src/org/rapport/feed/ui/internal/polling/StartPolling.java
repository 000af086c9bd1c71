package org.rapport.feed.ui.internal.polling;

import org.rapport.feed.FeedPolling;
import org.rapport.ui.jobs.HeldAtStartup;

/**
 * Starts the automatic polling of feed sources once the workbench is up, whichever perspective is open: the polling
 * service polls while something holds it, and only the workbench should (rapport-cli and tools poll when told to).
 */
public class StartPolling extends HeldAtStartup<FeedPolling> {

    /** Used by the workbench's start-up extension. */
    public StartPolling() {
        super(FeedPolling.class);
    }
}
