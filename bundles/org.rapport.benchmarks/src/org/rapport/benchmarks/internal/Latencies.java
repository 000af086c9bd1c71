package org.rapport.benchmarks.internal;

import java.util.Arrays;

/** Measured durations, summarized as percentiles for benchmark output. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    int size() {
        return size;
    }

    /** The duration below which {@code percent} of the measurements lie, in milliseconds. */
    double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
    }

    double meanMillis() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += nanos[i];
        }
        return size == 0 ? 0 : total / 1e6 / size;
    }

    /** "p50 3.1 ms  p95 20.4 ms  p99 41.0 ms  max 88.0 ms  (n 5,000)". */
    String summary() {
        return String.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms  (%,d queries)",
                percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100), meanMillis(), size);
    }
}
