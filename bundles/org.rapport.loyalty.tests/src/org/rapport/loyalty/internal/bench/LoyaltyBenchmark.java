package org.rapport.loyalty.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.LoyaltyStatistics;
import org.rapport.loyalty.MonthFigures;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.RewardDraft;
import org.rapport.loyalty.StandaloneLoyalty;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.TransactionImport;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.stats.JpaLoyaltyStatistics;
import org.rapport.testing.TestDatabases;

/**
 * The figures: a statement's p95, the daily expiry run, the transactions import against a raw JDBC batch
 * insert of the same rows in the same run, redemptions from 4 threads, the peak heap. Not a timed test: it prints.
 * Run with {@code -Dtest=LoyaltyBenchmark -Drapport.bench=true}; the test JVM's {@code -Drapport.bench.members=N}
 * (default 1,000,000; 10 ledger entries each) and {@code -Drapport.bench.transactions=N} (default 1,000,000) scale it,
 * and {@code -Xmx512m} holds the heap to the limit, all given through Maven as e.g.
 * {@code "-Drapport.test.vmargs=-Xmx512m -Drapport.bench.members=200000 -Drapport.bench.transactions=200000"}.
 * With {@code -Drapport.test.db.server=URL} it runs on that PostgreSQL server; the CPU figures are then this JVM's
 * alone (the server works in its own processes), where on Derby they include the database's work.
 */
class LoyaltyBenchmark {

    /** A first of the month: the heaviest expiry day (every lot earned 13 months before ends the day before). */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    @Test
    void figures() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        int members = Integer.getInteger("rapport.bench.members", 1_000_000);
        int transactions = Integer.getInteger("rapport.bench.transactions", 1_000_000);
        LiveHeap heap = LiveHeap.start();
        try (StandaloneLoyalty loyalty = StandaloneLoyalty.on(TestDatabases.create(folder.resolve("ws")))) {
            Program program = loyalty.programs().create(new ProgramDraft("Bench", "EUR", BigDecimal.ONE, 0, 12,
                    new BigDecimal("0.01"), null, List.of(new Tier("Silver", 5000, new BigDecimal("1.5")))));
            loyalty.programs().addReward(program.id(), new RewardDraft("S", null, 5, null, null, null));
            long start = System.nanoTime();
            long cpu = cpu();
            long rows = BenchData.write(loyalty.unit(), program.id(), members, TODAY, 42);
            print("Data set: %,d members, %,d ledger entries (%,d rows with lots and allocations) by raw JDBC in %.1f s"
                    + " (CPU %.1f s)", members, members * 10L, rows, seconds(start), cpuSeconds(cpu));

            statements(loyalty, program, members);
            monthFigures(loyalty, program);
            start = System.nanoTime();
            cpu = cpu();
            ExpiryRun run = loyalty.ledger().expire(program.id(), TODAY);
            print("Expiry run on %s: %,d lots of %,d members (%,d points) in %.1f s (CPU %.1f s)", TODAY, run.lots(),
                    run.members(), run.points(), seconds(start), cpuSeconds(cpu));
            redemptions(loyalty, program, members);
            importVersusRaw(loyalty, program, members, transactions);
            print("Heap: live data after collections peaked at %,d MB (max heap %,d MB)", heap.peak() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            heap.close();
        }
    }

    private void statements(StandaloneLoyalty loyalty, Program program, int members) {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            loyalty.ledger().statement(program.id(), 1 + random.nextInt(members), TODAY);
        }
        int samples = 5000;
        long[] nanos = new long[samples];
        long cpu = cpu();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            loyalty.ledger().statement(program.id(), 1 + random.nextInt(members), TODAY);
            nanos[i] = System.nanoTime() - start;
        }
        double cpuMillis = cpuSeconds(cpu) * 1000 / samples;
        Arrays.sort(nanos);
        print("Statement over %,d members: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%,d random members; CPU %.2f ms"
                + " each on average)", members, nanos[samples / 2] / 1e6, nanos[samples * 95 / 100] / 1e6,
                nanos[samples * 99 / 100] / 1e6, samples, cpuMillis);
    }

    /** The dashboard's two years of month figures and its liability, each read a few times (median). */
    private void monthFigures(StandaloneLoyalty loyalty, Program program) {
        LoyaltyStatistics statistics = new JpaLoyaltyStatistics((LoyaltyUnit) loyalty.unit(), loyalty.programs());
        YearMonth to = YearMonth.from(TODAY);
        long[] months = new long[5];
        long[] liability = new long[5];
        long issued = 0;
        for (int i = 0; i < months.length; i++) {
            long start = System.nanoTime();
            issued = statistics.months(program.id(), to.minusMonths(23), to).stream().mapToLong(MonthFigures::issued)
                    .sum();
            months[i] = System.nanoTime() - start;
            start = System.nanoTime();
            statistics.liability(program.id(), TODAY);
            liability[i] = System.nanoTime() - start;
        }
        Arrays.sort(months);
        Arrays.sort(liability);
        print("Month figures, 24 months (%,d points issued): %.1f ms; liability: %.1f ms (medians of %d)", issued,
                months[2] / 1e6, liability[2] / 1e6, months.length);
    }

    private void redemptions(StandaloneLoyalty loyalty, Program program, int members) throws Exception {
        int threads = 4;
        long seconds = 10;
        AtomicLong redeemed = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        // a small pool of members, so that threads meet on the same members and their locks
        int pool = Math.min(members, 200);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                done.add(executor.submit(() -> {
                    Random random = new Random(seed);
                    long cpu = cpu();
                    while (System.nanoTime() < end) {
                        if (loyalty.ledger().redeem(program.id(), 1 + random.nextInt(pool), "S", TODAY).redeemed()) {
                            redeemed.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                    cpuNanos.addAndGet(cpu() - cpu);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            executor.shutdown();
        }
        double elapsed = seconds(start);
        long overdrawn = loyalty.unit().read(em -> count(em, "SELECT COUNT(*) FROM LOY_MEMBER m WHERE m.PERSON_ID <= "
                + pool + " AND (SELECT COALESCE(SUM(e.POINTS), 0) FROM LOY_ENTRY e WHERE e.MEMBER_ID = m.ID)"
                + " <> (SELECT COALESCE(SUM(l.REMAINING), 0) FROM LOY_LOT l WHERE l.MEMBER_ID = m.ID)")
                + count(em, "SELECT COUNT(*) FROM LOY_LOT WHERE REMAINING < 0"));
        print("Redemptions from %d threads over %d members: %,.0f redeemed/s (%,d redeemed, %,d refused for lack of"
                + " points, %.1f s; %,.0f per CPU second of the 4 threads); members whose ledger differs from their lots"
                + " or overdrawn: %d", threads, pool, (redeemed.get() + refused.get()) / elapsed, redeemed.get(),
                refused.get(), elapsed, (redeemed.get() + refused.get()) / (cpuNanos.get() / 1e9), overdrawn);
        assertEquals(0, overdrawn);
    }

    /**
     * The same purchases twice, with other references: first loaded raw ({@link RawLedgerLoader}: the entry, lot and
     * transaction rows the import writes, into the same tables) and then imported through the product's path, so the
     * product meets the larger indexes.
     */
    private void importVersusRaw(StandaloneLoyalty loyalty, Program program, int members, int transactions)
            throws Exception {
        Path csv = folder.resolve("transactions.csv");
        Random random = new Random(11);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(TransactionImport.HEADER);
            out.newLine();
            for (int i = 0; i < transactions; i++) {
                out.write(TODAY + ",member" + (1 + random.nextInt(members)) + "@bench.example," + (1 + random.nextInt(300))
                        + "." + random.nextInt(10) + "0,EUR,T" + i + ",purchase,");
                out.newLine();
            }
        }
        long start = System.nanoTime();
        long cpu = cpu();
        long rawRows = loyalty.unit().write(em -> {
            try {
                return RawLedgerLoader.load(em.unwrap(Connection.class), program.id(), csv, program.expiryMonths(), "raw-");
            } catch (SQLException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        double raw = seconds(start);
        double rawCpu = cpuSeconds(cpu);
        assertEquals(transactions, rawRows);

        start = System.nanoTime();
        cpu = cpu();
        ImportReport report = loyalty.transactions(new NumberedPeople()).importFile(program.id(), csv, null);
        double product = seconds(start);
        double productCpu = cpuSeconds(cpu);
        assertEquals(transactions, report.applied(), () -> report.problems().toString());
        print("Import of %,d purchases: %.1f s (%,.0f rows/s, CPU %.1f s); raw JDBC batch insert of the same rows"
                + " (entry, lot, transaction): %.1f s (%,.0f rows/s, CPU %.1f s); ratio %.2f (by CPU %.2f)", transactions,
                product, transactions / product, productCpu, raw, transactions / raw, rawCpu, raw / product,
                rawCpu / productCpu);
    }

    private static long count(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * The calling thread's CPU time: Derby works in the threads that call it, so this is what a phase cost whatever
     * the machine's load, where the wall-clock times depend on it.
     */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double cpuSeconds(long start) {
        return (cpu() - start) / 1e9;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, "LoyaltyBenchmark: " + format + "%n", args);
    }

    /** The benchmark's contacts: {@code memberN@bench.example} is person N. */
    private static final class NumberedPeople implements PersonLookup {

        @Override
        public Optional<PersonRef> byEmail(String email) {
            String key = PersonLookup.emailKey(email);
            if (!key.startsWith("member") || !key.endsWith("@bench.example")) {
                return Optional.empty();
            }
            return Optional.of(new PersonRef(Long.parseLong(key.substring(6, key.indexOf('@'))), key));
        }

        @Override
        public List<PersonRef> find(String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<PersonRef> person(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<PersonRef> byHandle(String network, String handle) {
            return Optional.empty();
        }

        @Override
        public List<OrganizationRef> organizations(String prefix, int limit) {
            return List.of();
        }
    }
}
