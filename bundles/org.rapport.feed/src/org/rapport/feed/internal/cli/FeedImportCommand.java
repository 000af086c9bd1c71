package org.rapport.feed.internal.cli;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.SourceService;
import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.ParseProblem;

/**
 * {@code feed import FILE|URL [--source rss|atom|mastodon|bluesky]}: reads a saved feed or a service's JSON export once
 * (the type detected when not named) and prints what was stored: one summary line, then each rejected item with
 * where it is. Exit 0 when anything was read, 1 when the input was refused or every item in it was rejected.
 */
@Component(service = CliCommand.class)
public class FeedImportCommand implements CliCommand {

    private final SourceService sources;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedImportCommand(@Reference SourceService sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "feed import";
    }

    @Override
    public String arguments() {
        return "FILE|URL [--source rss|atom|mastodon|bluesky]";
    }

    @Override
    public String summary() {
        return "import posts from a saved feed, an export or a URL once (type detected unless --source names it)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--source"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs exactly one file or URL to import");
        }
        String input = options.positional().get(0);
        String typeId = options.value("--source");
        if (typeId != null && typeId.equals("atom")) {
            typeId = "rss"; // one type reads RSS 2.0 and Atom 1.0 alike
        }
        ImportSummary summary;
        try {
            summary = sources.importOnce(input, typeId, context.progress());
        } catch (FeedException e) {
            context.err().println("rapport-cli feed import: " + e.getMessage());
            return ExitCode.FAILED;
        }
        context.out().printf("Imported %s: %d read, %d new, %d already stored, %d matched, %d negative, %d rejected%n", input,
                summary.read(), summary.created(), summary.alreadyStored(), summary.matched(), summary.negative(),
                summary.rejected());
        for (ParseProblem problem : summary.problems()) {
            context.out().println("rejected: " + problem);
        }
        if (summary.read() == 0 && summary.rejected() > 0) {
            context.err().println("rapport-cli feed import: nothing could be read from " + input + ": every item was rejected");
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }
}
