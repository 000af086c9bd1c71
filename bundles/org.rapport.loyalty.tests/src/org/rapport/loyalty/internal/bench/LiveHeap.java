package org.rapport.loyalty.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The most heap a benchmark kept alive: every quarter second, the heap pools' usage right after their last collection
 * (what survived it, not the garbage waiting for the next one), the highest sum seen.
 */
final class LiveHeap implements AutoCloseable {

    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private LiveHeap() {
        sampler = new Thread(this::sample, "LoyaltyBenchmark live heap");
        sampler.setDaemon(true);
    }

    static LiveHeap start() {
        LiveHeap heap = new LiveHeap();
        heap.sampler.start();
        return heap;
    }

    long peak() {
        return peak;
    }

    private void sample() {
        while (running) {
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                if (afterCollection != null) {
                    live += afterCollection.getUsed();
                }
            }
            peak = Math.max(peak, live);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
