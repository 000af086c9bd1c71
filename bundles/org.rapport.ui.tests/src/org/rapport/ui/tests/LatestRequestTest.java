package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinFor;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The background read every view uses, as a user sees it through a label: what was asked for last is what shows, a
 * burst of keystrokes reads once, a failure is said where the result would be, and a closed view gets nothing.
 */
class LatestRequestTest {

    private Shell shell;
    private Label shown;
    private final List<String> reads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openShell() {
        shell = new Shell(UiTestSupport.window().getShell());
        shown = new Label(shell, SWT.NONE);
        shell.open();
    }

    @AfterEach
    void closeShell() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void aBurstOfRequestsWithinTheDelayIsReadOnceForTheLastOne() {
        LatestRequest<String> search = LatestRequest.<String> named("test search").on(shown).delay(150)
                .reads((text, reply, monitor) -> {
                    reads.add(text);
                    reply.show(() -> shown.setText("found " + text));
                });
        for (String typed : List.of("a", "ad", "ada")) {
            search.request(typed);
            spinFor(Duration.ofMillis(30));
        }
        assertTrue(search.isBusy(), "busy while the last keystroke waits");
        spinUntil(() -> !search.isBusy(), () -> "the search is done");

        assertEquals("found ada", shown.getText());
        assertEquals(List.of("ada"), reads, "one read, for what was typed last");
    }

    @Test
    void theAnswerOfAnOlderSlowerRequestIsDroppedWhenANewerOneCame() throws InterruptedException {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        LatestRequest<String> read = LatestRequest.<String> named("test read").on(shown)
                .reads((text, reply, monitor) -> {
                    if (text.equals("slow")) {
                        slowStarted.countDown();
                        releaseSlow.await(5, TimeUnit.SECONDS); // ignores the cancellation, as a JDBC query does
                    }
                    reply.show(() -> shown.setText(text));
                });
        read.request("slow");
        assertTrue(slowStarted.await(5, TimeUnit.SECONDS), "the slow read started");
        read.request("fast");
        releaseSlow.countDown();
        spinUntil(() -> !read.isBusy(), () -> "the reads are done");
        spinFor(Duration.ofMillis(200));

        assertEquals("fast", shown.getText(), "the newer answer stays; the older one never shows");
    }

    @Test
    void aFailureIsHandedToTheViewOnTheUiThread() {
        Thread[] handledOn = new Thread[1];
        LatestRequest<String> read = LatestRequest.<String> named("test failing read").on(shown)
                .onError(e -> {
                    handledOn[0] = Thread.currentThread();
                    shown.setText("Could not read: " + e.getMessage());
                })
                .reads((text, reply, monitor) -> {
                    throw new IllegalStateException("the database is locked");
                });
        read.request("x");
        spinUntil(() -> !read.isBusy(), () -> "the read failed");

        assertEquals("Could not read: the database is locked", shown.getText());
        assertEquals(Display.getDefault().getThread(), handledOn[0], "on the UI thread");
    }

    @Test
    void nothingIsShownOnceTheControlIsDisposed() {
        CountDownLatch release = new CountDownLatch(1);
        boolean[] ran = { false };
        LatestRequest<String> read = LatestRequest.<String> named("test read").on(shown)
                .reads((text, reply, monitor) -> {
                    release.await(5, TimeUnit.SECONDS);
                    reply.show(() -> ran[0] = true);
                });
        read.request("x");
        shell.dispose();
        release.countDown();
        spinFor(Duration.ofMillis(300));

        assertFalse(ran[0], "the reply of a closed view does not run");
        assertFalse(read.isBusy(), "a closed view is not busy");
    }
}
