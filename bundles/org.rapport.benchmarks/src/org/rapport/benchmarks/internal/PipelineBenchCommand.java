package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.rapport.benchmarks.SyntheticDeals;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.pipeline.Board;
import org.rapport.pipeline.BoardColumn;
import org.rapport.pipeline.BoardQuery;
import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastQuery;
import org.rapport.pipeline.OpportunityQuery;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.StageMove;
import org.rapport.pipeline.StandalonePipeline;

/**
 * {@code bench pipeline}: writes generated deals into a database of its own ({@code --open} open ones, default 10,000,
 * of {@code --total}, default 100,000), then times the kanban board query, the forecast over all deals, and stage
 * moves (the write behind dragging a card) with their undo. Prints figures; asserts nothing.
 */
@Component(service = CliCommand.class)
public class PipelineBenchCommand implements CliCommand {

    private static final int RUNS = 30;
    private static final int MOVES = 200;

    @Override
    public String name() {
        return "bench pipeline";
    }

    @Override
    public String arguments() {
        return "[--open N] [--total N] [--dir DIR]";
    }

    @Override
    public String summary() {
        return "benchmark: board with N open deals (default 10,000), forecast over all (default 100,000), stage moves;"
                + " DIR keeps the database";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--open", "--total", "--dir"), Set.of());
        int open = options.positiveNumber("--open", 10_000);
        int total = options.positiveNumber("--total", 100_000);
        if (open > total) {
            throw new UsageException("--open " + open + " is more than --total " + total);
        }
        boolean temporary = !options.has("--dir");
        try {
            Path folder = temporary ? Files.createTempDirectory("rapport-bench-pipeline")
                    : Files.createDirectories(Path.of(options.value("--dir")));
            try {
                bench(folder, open, total, context.out());
            } finally {
                if (temporary) {
                    Folders.deleteQuietly(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.OK;
    }

    private static void bench(Path folder, int open, int total, PrintStream out) {
        Runtime runtime = Runtime.getRuntime();
        out.printf("Rapport pipeline benchmark: %,d deals (%,d open), Java %s, %d processors, max heap %,d MB, in %s%n",
                total, open, System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20, folder);
        try (StandalonePipeline pipeline = StandalonePipeline.openIn(folder)) {
            Pipeline newBusiness = pipeline.pipelines().pipelines().get(0);
            int existing = pipeline.opportunities().count(OpportunityQuery.ALL);
            LocalDate firstDay = LocalDate.of(2025, 1, 1);
            if (existing == 0) {
                long start = System.nanoTime();
                new SyntheticDeals(20261124).insert(pipeline.database().info(), newBusiness, total, open, firstDay);
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf("Deals written:    %,d in %.1f s (%,.0f deals/s; batched JDBC, synthetic)%n", total, seconds,
                        total / seconds);
            } else {
                out.printf("Deals reused:     %,d from %s%n", existing, folder);
            }

            BoardQuery boardQuery = new BoardQuery(newBusiness.id(), null, null, BoardQuery.DEFAULT_CARDS,
                    LocalDate.now().minusDays(30));
            long start = System.nanoTime();
            Board board = pipeline.opportunities().board(boardQuery);
            out.printf("Board, first:     %.1f ms (%,d deals counted, %,d cards read: %s)%n", (System.nanoTime() - start) / 1e6,
                    board.count(), board.columns().stream().mapToInt(c -> c.cards().size()).sum(), columns(board));
            Latencies boards = new Latencies();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                pipeline.opportunities().board(boardQuery);
                boards.add(System.nanoTime() - t);
            }
            out.println("Board:            " + boards.summary().replace("queries", "boards"));
            Latencies ownerBoards = new Latencies();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                pipeline.opportunities().board(boardQuery.ownedBy("anna.keller"));
                ownerBoards.add(System.nanoTime() - t);
            }
            out.println("Board, one rep:   " + ownerBoards.summary().replace("queries", "boards"));

            ForecastQuery all = ForecastQuery.months(YearMonth.from(firstDay), YearMonth.from(firstDay).plusMonths(23));
            start = System.nanoTime();
            Forecast forecast = pipeline.forecasts().forecast(all);
            out.printf("Forecast, first:  %.1f ms (%,d deals in %,d cells; weighted EUR %s)%n", (System.nanoTime() - start) / 1e6,
                    forecast.cells().stream().mapToInt(c -> c.count()).sum(), forecast.cells().size(),
                    forecast.weightedTotal("EUR").toPlainString());
            Latencies forecasts = new Latencies();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                pipeline.forecasts().forecast(all);
                forecasts.add(System.nanoTime() - t);
            }
            out.println("Forecast:         " + forecasts.summary().replace("queries", "forecasts"));

            List<OpportunitySummary> cards = board.columns().get(0).cards();
            long target = board.columns().get(1).stage().id();
            Latencies moves = new Latencies();
            Latencies undos = new Latencies();
            for (int i = 0; i < Math.min(MOVES, cards.size() * 4); i++) {
                OpportunitySummary card = cards.get(i % cards.size());
                int version = pipeline.opportunities().opportunity(card.id()).orElseThrow().getVersion();
                long t = System.nanoTime();
                StageMove move = pipeline.opportunities().moveToStage(card.id(), version, target, null);
                moves.add(System.nanoTime() - t);
                t = System.nanoTime();
                pipeline.opportunities().undoLastMove(card.id(), move.opportunity().getVersion());
                undos.add(System.nanoTime() - t);
            }
            out.println("Stage move:       " + moves.summary().replace("queries", "moves"));
            out.println("Undo of a move:   " + undos.summary().replace("queries", "undos"));
        }
    }

    private static String columns(Board board) {
        StringBuilder text = new StringBuilder();
        for (BoardColumn column : board.columns()) {
            text.append(text.isEmpty() ? "" : ", ").append(column.stage().name()).append(' ').append(String.format("%,d", column.count()));
        }
        return text.toString();
    }
}
