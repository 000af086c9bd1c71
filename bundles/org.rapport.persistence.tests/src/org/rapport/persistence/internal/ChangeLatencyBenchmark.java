package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.persistence.internal.LiveChangesFixture.Delivered;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.Osgi;
import org.rapport.testing.TestDatabases;

/**
 * Benchmark (not a timed test; runs with {@code -Drapport.bench=true} on PostgreSQL): how long after another process
 * committed and announced a change the change is an EventAdmin event here, over {@value #CHANGES} changes
 * {@value #PAUSE_MS} ms apart (a busy team, not a bulk import). Prints the median, the 95th percentile and the worst.
 */
class ChangeLatencyBenchmark {

    private static final int CHANGES = Integer.getInteger("rapport.bench.changes", 200);
    private static final long PAUSE_MS = 20;

    @TempDir
    Path workspace;
    @TempDir
    Path scratch;

    @Test
    void changeVisibleInTheOtherProcess() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "a benchmark: -Drapport.bench=true");
        Assumptions.assumeTrue(TestDatabases.onServer(), "LISTEN/NOTIFY is PostgreSQL's");
        try (LiveChangesFixture fixture = new LiveChangesFixture(workspace)) {
            assertTrue(Osgi.eventually(fixture.bridge::isListening), "the bridge listens");
            Map<Long, Long> arrived = new HashMap<>();
            Map<Long, Long> committed = new HashMap<>();
            try (ChildJvm other = ChildJvm.start(LiveChangeMain.class, scratch,
                    fixture.childArguments(workspace.resolve("other"), CHANGES, PAUSE_MS, 1L))) {
                for (int i = 1; i <= CHANGES; i++) {
                    String[] line = other.awaitLine("CHANGED", 1, 120).split(" ");
                    committed.put(Long.parseLong(line[1]), Long.parseLong(line[2]));
                }
                other.awaitLine("DONE", 60);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (arrived.size() < CHANGES && System.nanoTime() < deadline) {
                    Delivered d = fixture.delivered.poll(100, TimeUnit.MILLISECONDS);
                    if (d != null && d.event().getTopic().equals(LiveChangesFixture.TOPIC)) {
                        for (long id : DomainEvents.ids(d.event())) {
                            arrived.put(id, d.arrivedMicros());
                        }
                    }
                }
            }
            assertEquals(committed.keySet(), arrived.keySet(), "every change arrived");
            List<Long> latencies = new ArrayList<>();
            committed.forEach((id, at) -> latencies.add(arrived.get(id) - at));
            Collections.sort(latencies);
            System.out.printf("BENCH change visible in the other process (PostgreSQL LISTEN/NOTIFY, %d changes %d ms"
                    + " apart): median %.2f ms, p95 %.2f ms, max %.2f ms%n", CHANGES, PAUSE_MS,
                    percentile(latencies, 50) / 1000.0, percentile(latencies, 95) / 1000.0,
                    latencies.get(latencies.size() - 1) / 1000.0);
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
