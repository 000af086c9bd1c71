package org.rapport.community.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.Pillar;
import org.rapport.community.RecomputeSummary;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;
import org.rapport.community.internal.model.MemberActivityEntity;
import org.rapport.persistence.StandaloneDatabase;

/**
 * How long scoring takes on a large community in a real Derby database: a full recompute of 100,000 members and
 * 5,000,000 activities (written by {@link SyntheticCommunity}), then 1,000 activities added one at a time, each
 * followed by the update the activity service triggers after its commit (only the update is timed). Prints the figures
 * and the peak heap; asserts only that every member was scored and every activity read. Run with
 * {@code -Dtest=ScoreBenchmark -Drapport.bench=true -Drapport.test.vmargs=-Xmx512m}; smaller with
 * {@code -Drapport.bench.members=10000 -Drapport.bench.activities=500000}.
 */
class ScoreBenchmark {

    @TempDir
    Path workspace;

    @Test
    void recomputeEveryScoreThenFollowSingleActivities() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        int members = Integer.getInteger("rapport.bench.members", 100_000);
        int activities = Integer.getInteger("rapport.bench.activities", 5_000_000);
        Instant now = Instant.now();
        StandaloneDatabase database = StandaloneDatabase.embeddedIn(workspace);
        try {
            CommunityUnit unit = new CommunityUnit(database);
            SyntheticCommunity community = new SyntheticCommunity(members, now);
            long t0 = System.nanoTime();
            community.writeMembers(unit, workspace);
            community.writeActivities(unit, activities, workspace);
            System.out.printf(Locale.ROOT, "Community scores: %,d members, %,d activities written in %.0f s%n",
                    members, activities, (System.nanoTime() - t0) / 1e9);

            JpaScoreService scores = new JpaScoreService(unit, new CommunityEvents(), Clock.fixed(now,
                    ZoneOffset.UTC));
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            RecomputeSummary first = scores.rescore(now);
            long firstPeak = peakHeap();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); // embedded Derby runs here too
            RecomputeSummary second = scores.rescore(now);
            cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
            System.out.printf(Locale.ROOT, "  full recompute: %.1f s (first, cold), %.1f s (second; %.1f s CPU of this "
                    + "thread); %,d members scored, %,d activities read; peak heap %,d MB / %,d MB of %,d MB max%n",
                    first.took().toMillis() / 1e3, second.took().toMillis() / 1e3, cpu / 1e9, second.members(),
                    second.activities(), firstPeak >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            StringBuilder phases = new StringBuilder("  phases of the second:");
            scores.lastPhases().forEach((phase, took) -> phases.append(String.format(Locale.ROOT, " %s %.1f s,",
                    phase, took.toMillis() / 1e3)));
            System.out.println(phases.substring(0, phases.length() - 1));
            int[] levels = scores.membersPerLevel();
            System.out.printf(Locale.ROOT, "  members per level 1-4: %s%n", Arrays.toString(levels));

            long[] nanos = new long[1_000];
            long updateCpu = 0;
            AtomicLong keys = new AtomicLong();
            for (int i = -100; i < nanos.length; i++) { // 100 to warm up
                List<Object> drawn = community.nextActivity();
                long member = community.skewedMember();
                Activity stored = unit.write(em -> {
                    MemberActivityEntity entity = new MemberActivityEntity(
                            new Activity(0, member, (String) drawn.get(0), Pillar.valueOf((String) drawn.get(1)),
                                    now.minusSeconds(60), (String) drawn.get(2), "", null, (Long) drawn.get(3), null,
                                    (Long) drawn.get(4), "bench", null),
                            "single:" + keys.incrementAndGet());
                    em.persist(entity);
                    em.flush();
                    return entity.toActivity();
                });
                long start = System.nanoTime();
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                scores.activitiesAdded(List.of(stored));
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                    updateCpu += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "  update after one activity: mean %.1f ms (%.1f ms CPU), median %.1f ms, "
                    + "95th percentile %.1f ms, max %.1f ms (%,d activities); load average %.2f on %d cores%n",
                    Arrays.stream(nanos).average().orElse(0) / 1e6, updateCpu / 1e6 / nanos.length,
                    nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());

            long staff = (members + 1) / 200;
            assertEquals(activities, second.activities(), "every activity is read");
            assertTrue(second.members() >= members - staff - 1, "every member but staff is scored");
        } finally {
            database.close();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
