package org.rapport.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.pipeline.ConcurrentChangeException;
import org.rapport.pipeline.ForecastCell;
import org.rapport.pipeline.ForecastQuery;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.Pipeline;

/**
 * Several writers at once (reps sharing a server database, an import beside the UI) on the same forecast cell: none
 * fails because of the forecast summary, the forecast equals the sums worked out by hand, and a real conflict on one
 * opportunity is still refused.
 */
class ConcurrentWritesTest {

    private static final int THREADS = 4;
    private static final int DEALS_PER_THREAD = 50;
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 15);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 15);
    /** When a deal moved to Won today closes (the test clock's day). */
    private static final YearMonth TODAY = YearMonth.of(2026, 2);

    @TempDir
    Path workspace;
    private TestPipeline test;
    private Pipeline pipeline;
    private final Map<Long, Opportunity> latest = new ConcurrentHashMap<>();

    @BeforeEach
    void open() {
        test = new TestPipeline(workspace);
        pipeline = test.newBusiness();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void concurrentCreatesInOneCellAllSucceedAndAreAllCounted() throws Exception {
        createConcurrently();

        assertEquals(expectedCells(), normalized(forecast()), "the forecast sums every deal created at once");
        assertEquals(THREADS * DEALS_PER_THREAD, forecast().stream().mapToInt(ForecastCell::count).sum());
        assertCellsEqualRecomputed();
    }

    @Test
    void concurrentStageMovesAndCloseDateChangesBetweenCellsAllSucceed() throws Exception {
        List<List<Long>> deals = createConcurrently();

        // every deal to Proposal; the odd ones also to April (cell March -> cell April, all threads at once)
        runConcurrently(deals, (index, id) -> {
            move(id, "Proposal");
            if (index % 2 == 1) {
                edit(id, APRIL);
            }
        });
        assertEquals(expectedCells(), normalized(forecast()));

        // now both ways at once: odd ones back to March and on to Negotiation, even ones to April; every fifth won
        runConcurrently(deals, (index, id) -> {
            if (index % 2 == 1) {
                edit(id, MARCH);
                move(id, "Negotiation");
            } else {
                edit(id, APRIL);
            }
            if (index % 5 == 0) {
                move(id, "Won");
            }
        });

        List<ForecastCell> cells = normalized(forecast());
        assertEquals(expectedCells(), cells, "the forecast equals the deals' final states summed by hand");
        assertEquals(3, cells.size(), "February (won today), March and April");
        assertCellsEqualRecomputed();
    }

    @Test
    void twoCopiesOfOneVersionSavedAtOnceStillConflict() throws Exception {
        Opportunity deal = test.deal("Shared deal", "Lead", "1000", "EUR", "anna", MARCH);
        Opportunity mine = test.opportunities.opportunity(deal.getId()).orElseThrow();
        Opportunity theirs = test.opportunities.opportunity(deal.getId()).orElseThrow();
        mine.setAmount(new BigDecimal("2000"));
        theirs.setAmount(new BigDecimal("3000"));
        theirs.setExpectedClose(APRIL);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Opportunity> saved = Collections.synchronizedList(new ArrayList<>());
        try {
            for (Opportunity copy : List.of(mine, theirs)) {
                pool.submit(() -> {
                    try {
                        start.await();
                        saved.add(test.opportunities.save(copy));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
        }

        assertEquals(1, saved.size(), () -> "exactly one copy is saved; failures: " + failures);
        assertEquals(1, failures.size());
        ConcurrentChangeException conflict = assertInstanceOf(ConcurrentChangeException.class, failures.get(0));
        assertTrue(conflict.getMessage().contains("'Shared deal' was changed or deleted by someone else"), conflict.getMessage());
        Opportunity stored = test.opportunities.opportunity(deal.getId()).orElseThrow();
        assertEquals(saved.get(0).getAmount(), stored.getAmount(), "the winner's amount is stored");
        latest.put(stored.getId(), stored);
        assertEquals(expectedCells(), normalized(forecast()), "only the saved copy counts in the forecast");
        assertCellsEqualRecomputed();
    }

    /** THREADS threads each create DEALS_PER_THREAD deals in Lead, March, anna, EUR; returns each thread's ids. */
    private List<List<Long>> createConcurrently() throws Exception {
        long lead = test.stage(pipeline, "Lead");
        List<List<Long>> ids = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ids.add(Collections.synchronizedList(new ArrayList<>()));
        }
        List<List<Long>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Long> slots = new ArrayList<>();
            for (int i = 0; i < DEALS_PER_THREAD; i++) {
                slots.add((long) (t * DEALS_PER_THREAD + i));
            }
            threads.add(slots);
        }
        runConcurrently(threads, (index, n) -> {
            Opportunity o = new Opportunity("Deal " + n, lead);
            o.setPerson(TestPipeline.ADA);
            o.setAmount(BigDecimal.valueOf(1000 + 10 * n));
            o.setCurrency("EUR");
            o.setOwner("anna");
            o.setExpectedClose(MARCH);
            Opportunity saved = test.opportunities.save(o);
            latest.put(saved.getId(), saved);
            ids.get((int) (n / DEALS_PER_THREAD)).add(saved.getId());
        });
        assertEquals(THREADS * DEALS_PER_THREAD, latest.size());
        return ids;
    }

    private void move(long id, String stage) {
        Opportunity before = latest.get(id);
        latest.put(id, test.opportunities.moveToStage(id, before.getVersion(), test.stage(pipeline, stage), null).opportunity());
    }

    private void edit(long id, LocalDate close) {
        Opportunity copy = latest.get(id).copy();
        copy.setExpectedClose(close);
        latest.put(id, test.opportunities.save(copy));
    }

    private interface Step {
        void run(int index, long value) throws Exception;
    }

    /** One thread per list, all started at once; fails with every error any of them met. */
    private static void runConcurrently(List<List<Long>> perThread, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perThread.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        try {
            for (List<Long> values : perThread) {
                List<Long> mine = List.copyOf(values);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < mine.size(); i++) {
                        try {
                            step.run(i, mine.get(i));
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " of the concurrent writes failed, the first: "
                    + failures.get(0), failures.get(0));
            failures.stream().skip(1).limit(3).forEach(error::addSuppressed);
            throw error;
        }
    }

    private List<ForecastCell> forecast() {
        return test.forecasts.forecast(new ForecastQuery(TODAY, YearMonth.from(APRIL), pipeline.id(), null)).cells();
    }

    /** The forecast cells summed by hand from the deals' last saved states. */
    private List<ForecastCell> expectedCells() {
        Map<YearMonth, ForecastCell> sums = new TreeMap<>();
        for (Opportunity o : latest.values()) {
            YearMonth month = YearMonth.from(o.getClosedOn() != null ? o.getClosedOn() : o.getExpectedClose());
            BigDecimal weighted = o.getAmount().multiply(BigDecimal.valueOf(o.getProbability())).movePointLeft(2);
            BigDecimal won = o.getClosedOn() != null && o.getProbability() == 100 ? o.getAmount() : BigDecimal.ZERO;
            ForecastCell sum = sums.getOrDefault(month, new ForecastCell(month, "anna", "EUR", 0, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO));
            sums.put(month, new ForecastCell(month, "anna", "EUR", sum.count() + 1, sum.amount().add(o.getAmount()),
                    sum.weighted().add(weighted), sum.won().add(won)));
        }
        return normalized(List.copyOf(sums.values()));
    }

    private static List<ForecastCell> normalized(List<ForecastCell> cells) {
        return cells.stream().map(c -> new ForecastCell(c.month(), c.owner(), c.currency(), c.count(), c.amount().setScale(2),
                c.weighted().setScale(2), c.won().setScale(2))).toList();
    }

    private void assertCellsEqualRecomputed() {
        List<ForecastCell> kept = forecast();
        test.unit.write(em -> {
            ForecastCells.rebuild(em, null);
            return null;
        });
        assertEquals(kept, forecast(), "the cells kept by the concurrent writes equal the cells recomputed from the deals");
    }
}
