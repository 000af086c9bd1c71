package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.flushEvents;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;
import static org.rapport.ui.testing.UiTestSupport.window;

import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.testing.ScreenshotOnFailure;

/** The first start of a new workspace (the test workspace is new at every run). */
@ExtendWith(ScreenshotOnFailure.class)
class FirstStartTest {

    @Test
    void windowOfNewWorkspaceFillsTheScreen() {
        flushEvents();
        Shell shell = window().getShell();
        assertTrue(shell.getMaximized(), "the window is maximized");
        assertEquals(shell.getDisplay().getPrimaryMonitor().getClientArea(), shell.getBounds(),
                "the window has the screen's work area, also without a window manager to maximize it");
    }

    /** The workbench holds background jobs back while it builds its window: they must run once it is open. */
    @Test
    void backgroundJobsRunOnceTheWindowIsOpen() {
        CountDownLatch ran = new CountDownLatch(1);
        Job.create("a view's first read", monitor -> {
            ran.countDown();
            return Status.OK_STATUS;
        }).schedule();
        spinUntil(() -> ran.getCount() == 0, () -> "a job scheduled after the start has not run");
    }
}
