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

/** {@code bench feed [POSTS]}: the feed ingest benchmark (see {@link FeedBenchmark}), in a temp folder it removes. */
@Component(service = CliCommand.class)
public class FeedBenchCommand implements CliCommand {

    static final int DEFAULT_POSTS = 200_000;

    @Override
    public String name() {
        return "bench feed";
    }

    @Override
    public String arguments() {
        return "[POSTS]";
    }

    @Override
    public String summary() {
        return "benchmark: stores POSTS generated social posts (default 200,000) through the feed service and by raw"
                + " JDBC into fresh databases and prints both rates";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("takes at most one argument, the number of posts");
        }
        int posts = args.isEmpty() ? DEFAULT_POSTS : CliArguments.positiveNumber("POSTS", args.get(0));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("rapport-bench-feed-");
            context.out().printf("Rapport feed benchmark: %,d posts, Java %s, %d processors, max heap %,d MB%n", posts,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            FeedBenchmark.run(folder, posts, context.out());
            return ExitCode.OK;
        } catch (IOException | SQLException e) {
            context.err().println("rapport-cli bench feed: failed: " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            Folders.deleteQuietly(folder);
        }
    }
}
