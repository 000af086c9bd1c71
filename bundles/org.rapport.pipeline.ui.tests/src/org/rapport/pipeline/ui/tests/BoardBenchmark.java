package org.rapport.pipeline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.PersonRef;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;
import org.rapport.pipeline.ui.internal.board.BoardModel;
import org.rapport.pipeline.ui.internal.board.BoardView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The board with 10,000 open deals: how long from choosing the pipeline until the board is painted (the grouped board
 * query in its job, then the paint), and how long a card move takes to repaint (the write runs in the background).
 * Prints figures (no pass/fail on time); runs only when asked for by name and property:
 * {@code -Dtest=BoardBenchmark -Drapport.bench=true}.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BoardBenchmark {

    static final int DEALS = 10_000;
    static final int ROUNDS = 7;
    static final int WRITERS = 2;

    @Test
    void boardWithTenThousandOpenDeals() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("rapport.bench"), "benchmark: run with -Drapport.bench=true");
        BoardView view = BoardDriver.open();
        PipelineService pipelines = Services.get(PipelineService.class);
        OpportunityService service = Services.get(OpportunityService.class);
        String name = "Bench " + System.currentTimeMillis() % 100_000;
        Pipeline bench = pipelines.save(Pipeline.create(name, List.of(Stage.open("Lead", 10), Stage.open("Qualified", 25),
                Stage.open("Proposal", 50), Stage.open("Negotiation", 70), Stage.open("Verbal yes", 90))));
        List<Stage> open = bench.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        long insertStart = System.nanoTime();
        insert(service, open);
        System.out.printf("BENCH board: inserted %,d open deals through OpportunityService in %.1f s%n", DEALS,
                (System.nanoTime() - insertStart) / 1e9);
        view.reload();
        UiTestSupport.spinUntil(() -> Arrays.asList(view.pipelineCombo().getItems()).contains(name),
                () -> "the bench pipeline is offered");

        long[] shown = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            view.choosePipeline(round % 2 == 0 ? name : view.pipelineCombo().getItem(0));
            BoardDriver.waitForBoard(view);
            view.choosePipeline(name);
            BoardDriver.waitForBoard(view);
            shown[round] = view.lastReadMillis();
        }
        BoardModel model = view.canvas().model();
        assertEquals(DEALS, model.columns().stream().mapToInt(BoardModel.Column::count).sum(), "all deals are counted");
        System.out.printf("BENCH board: %,d open deals shown (query + paint) median %d ms, min %d, max %d (%d rounds)%n",
                DEALS, median(shown), Arrays.stream(shown).min().orElse(0), Arrays.stream(shown).max().orElse(0), ROUNDS);

        long[] moves = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            BoardModel now = view.canvas().model();
            BoardModel.Column from = now.column(open.get(round % 2).id()).orElseThrow();
            OpportunitySummary card = from.cards().get(0);
            BoardDriver.drag(view, card.id(), open.get(2).id());
            moves[round] = view.lastMoveMicros();
            UiTestSupport.spinUntil(() -> view.lastWrite() != null && view.lastWrite().getResult() != null,
                    () -> "the move was written");
            BoardDriver.waitForBoard(view);
        }
        System.out.printf("BENCH board: card move repainted median %.2f ms, max %.2f (%d moves; the write runs in a job)%n",
                median(moves) / 1000.0, Arrays.stream(moves).max().orElse(0) / 1000.0, ROUNDS);
        ScreenshotOnFailure.save(UiTestSupport.display(), java.nio.file.Path.of(System.getProperty(
                "rapport.test.screenshots", "target/screenshots"), "board-10000.png"));
    }

    /**
     * Saves the deals one by one through the service, off the UI thread, in {@value #WRITERS} threads at once (they
     * share months and reps, so also their forecast cells, as writers on a team database do).
     */
    private static void insert(OpportunityService service, List<Stage> open) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int part = 0; part < WRITERS; part++) {
                int seed = part;
                parts.add(pool.submit((Callable<Integer>) () -> {
                    Random random = new Random(seed);
                    String[] reps = { "anna.keller", "ben.osei", "chloe.martin", "david.lind" };
                    for (int i = 0; i < DEALS / WRITERS; i++) {
                        Opportunity o = new Opportunity("Bench deal " + seed + "-" + i, open.get(random.nextInt(open.size())).id());
                        o.setPerson(new PersonRef(1 + random.nextInt(500), "Person " + i));
                        o.setAmount(BigDecimal.valueOf(500 + random.nextInt(200) * 250L));
                        o.setOwner(reps[random.nextInt(reps.length)]);
                        o.setExpectedClose(LocalDate.now().plusDays(random.nextInt(365)));
                        service.save(o);
                    }
                    return DEALS / WRITERS;
                }));
            }
            for (Future<Integer> part : parts) {
                while (!part.isDone()) {
                    UiTestSupport.spinFor(java.time.Duration.ofMillis(200));
                }
                part.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
