package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/** {@code bench import [ROWS]}: the import benchmark (see {@link ImportBenchmark}), in a temp folder it removes after. */
@Component(service = CliCommand.class)
public class ImportBenchCommand implements CliCommand {

    static final int DEFAULT_ROWS = 1_000_000;

    @Override
    public String name() {
        return "bench import";
    }

    @Override
    public String arguments() {
        return "[ROWS]";
    }

    @Override
    public String summary() {
        return "benchmark: imports ROWS generated people (default 1,000,000) through the product and by raw JDBC into"
                + " fresh databases and prints both rates";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("takes at most one argument, the number of rows");
        }
        int rows = args.isEmpty() ? DEFAULT_ROWS : CliArguments.positiveNumber("ROWS", args.get(0));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rapport-bench-");
            ImportBenchmark.run(folder, rows, context.out());
            return ExitCode.OK;
        } catch (IOException | SQLException e) {
            context.err().println("rapport-cli bench import: failed: " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            Folders.deleteQuietly(folder);
        }
    }
}
