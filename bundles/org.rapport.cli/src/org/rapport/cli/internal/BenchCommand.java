package org.rapport.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code bench import [ROWS]}: the import benchmark (see {@link ImportBenchmark}), in a temp folder it removes after. */
final class BenchCommand implements Command {

    static final int DEFAULT_ROWS = 1_000_000;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String arguments() {
        return "import [ROWS] | search [--people N] [--queries N] [--dir DIR]";
    }

    @Override
    public String summary() {
        return "benchmarks: 'import' imports ROWS generated people (default 1,000,000) through the product and by raw"
                + " JDBC into fresh databases and prints both rates; 'search' times search and segment counts";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (!args.isEmpty() && args.get(0).equals("search")) {
            return new SearchBenchCommand().run(args.subList(1, args.size()), context);
        }
        if (args.isEmpty() || !args.get(0).equals("import") || args.size() > 2) {
            throw new UsageException("the benchmark to run is 'import' (optionally followed by the number of rows) or 'search'");
        }
        int rows = DEFAULT_ROWS;
        if (args.size() == 2) {
            try {
                rows = Integer.parseInt(args.get(1).replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                throw new UsageException("ROWS must be a number, not " + args.get(1));
            }
            if (rows < 1) {
                throw new UsageException("ROWS must be 1 or more");
            }
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rapport-bench-");
            ImportBenchmark.run(folder, rows, context.out());
            return ExitCode.OK;
        } catch (IOException | SQLException e) {
            context.err().println("rapport-cli bench: failed: " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder; the system cleans it eventually
        }
    }
}
