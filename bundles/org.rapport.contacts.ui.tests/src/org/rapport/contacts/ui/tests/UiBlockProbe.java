package org.rapport.contacts.ui.tests;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread cannot answer: a thread posts a ping to the UI thread every few milliseconds and
 * records how late each one runs. The longest delay is the longest the user would have seen the window frozen (a
 * keystroke not echoed, a scroll not painted). The test's own event loop sleeps up to 10 ms when idle, so about 10 ms
 * is the floor.
 */
final class UiBlockProbe implements AutoCloseable {

    private static final long PING_INTERVAL_MS = 2;

    private final Display display;
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread pinger;
    private volatile boolean running = true;

    private UiBlockProbe(Display display) {
        this.display = display;
        pinger = new Thread(this::ping, "UI block probe");
        pinger.setDaemon(true);
    }

    /** Starts measuring. */
    static UiBlockProbe start(Display display) {
        UiBlockProbe probe = new UiBlockProbe(display);
        probe.pinger.start();
        return probe;
    }

    /** The longest the UI thread took to run a ping since the start (or the last reset), in ms. */
    long longestMillis() {
        return longestNanos.get() / 1_000_000;
    }

    void reset() {
        longestNanos.set(0);
    }

    private void ping() {
        while (running && !display.isDisposed()) {
            long posted = System.nanoTime();
            Object answered = new Object();
            boolean[] done = { false };
            try {
                display.asyncExec(() -> {
                    record(System.nanoTime() - posted);
                    synchronized (answered) {
                        done[0] = true;
                        answered.notifyAll();
                    }
                });
                synchronized (answered) {
                    while (!done[0] && running) {
                        answered.wait(50);
                        // a ping still waiting counts as a block already, so a freeze shows even before it ends
                        record(System.nanoTime() - posted);
                    }
                }
                Thread.sleep(PING_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                return; // the display went away
            }
        }
    }

    private void record(long nanos) {
        longestNanos.accumulateAndGet(nanos, Math::max);
    }

    @Override
    public void close() {
        running = false;
        pinger.interrupt();
    }
}
