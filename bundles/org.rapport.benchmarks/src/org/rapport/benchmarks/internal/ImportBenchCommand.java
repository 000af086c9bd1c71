package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code bench import [ROWS] [--server URL [--server-user USER]]}: the import benchmark (see {@link ImportBenchmark})
 * in a temp folder it removes after, into embedded Derby or, with {@code --server}, into new databases on that
 * PostgreSQL server (dropped after; the password from {@code RAPPORT_DB_PASSWORD} or {@code -Drapport.db.password}).
 */
@Component(service = CliCommand.class)
public class ImportBenchCommand implements CliCommand {

    static final int DEFAULT_ROWS = 1_000_000;
    static final String SERVER = "--server";
    static final String SERVER_USER = "--server-user";

    @Override
    public String name() {
        return "bench import";
    }

    @Override
    public String arguments() {
        return "[ROWS] [--server JDBC_URL [--server-user USER]]";
    }

    @Override
    public String summary() {
        return "benchmark: imports ROWS generated people (default 1,000,000) through the product and by raw JDBC into"
                + " fresh databases (embedded, or new ones on a PostgreSQL server) and prints both rates and list timings";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(SERVER, SERVER_USER), Set.of());
        if (options.positional().size() > 1) {
            throw new UsageException("takes at most one argument, the number of rows");
        }
        if (options.has(SERVER_USER) && !options.has(SERVER)) {
            throw new UsageException(SERVER_USER + " goes with " + SERVER);
        }
        int rows = options.positional().isEmpty() ? DEFAULT_ROWS
                : CliArguments.positiveNumber("ROWS", options.positional().get(0));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rapport-bench-");
            try (BenchDatabases databases = databases(options, folder)) {
                ImportBenchmark.run(folder, databases, rows, context.out());
            }
            return ExitCode.OK;
        } catch (IOException | SQLException | RuntimeException e) {
            context.err().println("rapport-cli bench import: failed: " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    private static BenchDatabases databases(CliArguments options, Path folder) throws UsageException {
        if (!options.has(SERVER)) {
            return BenchDatabases.embeddedIn(folder);
        }
        String password = System.getProperty("rapport.db.password", System.getenv("RAPPORT_DB_PASSWORD"));
        try {
            return BenchDatabases.onServer(options.value(SERVER), options.value(SERVER_USER), password, folder);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
