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
import org.rapport.feed.WatchService;
import org.rapport.feed.WatchedTerm;

/** {@code feed watch TERM}: watches a term (a brand, a product, a competitor) for negative buzz. */
@Component(service = CliCommand.class)
public class FeedWatchCommand implements CliCommand {

    private final WatchService watches;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedWatchCommand(@Reference WatchService watches) {
        this.watches = watches;
    }

    @Override
    public String name() {
        return "feed watch";
    }

    @Override
    public String arguments() {
        return "TERM";
    }

    @Override
    public String summary() {
        return "watch a term (brand, product, competitor) for negative buzz";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        String term = String.join(" ", options.positional()).strip();
        if (term.isEmpty()) {
            throw new UsageException("needs the term to watch");
        }
        WatchedTerm watched;
        try {
            watched = watches.watchTerm(term);
        } catch (IllegalArgumentException e) {
            context.err().println("rapport-cli feed watch: " + e.getMessage());
            return ExitCode.FAILED;
        }
        context.out().printf("Watching '%s' (watch %d): an alert when %d or more negative posts in %d minutes rise over its"
                + " usual level%n", watched.label(), watched.id(), watched.minCount(), watched.windowMinutes());
        return ExitCode.OK;
    }
}
