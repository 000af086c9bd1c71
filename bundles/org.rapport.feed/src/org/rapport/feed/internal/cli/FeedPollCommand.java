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
import org.rapport.feed.PollSummary;
import org.rapport.feed.SourceService;

/**
 * {@code feed poll}: polls every source that is not paused, now, one after the other; prints one line a source. Exit 0
 * when every poll succeeded, 1 when one failed (its line says why; the others were polled all the same).
 */
@Component(service = CliCommand.class)
public class FeedPollCommand implements CliCommand {

    private final SourceService sources;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedPollCommand(@Reference SourceService sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "feed poll";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "poll every feed source that is not paused now, and store what is new";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        boolean failed = false;
        for (PollSummary poll : sources.pollAll(context.progress())) {
            String name = poll.source() == null ? "?" : poll.source().name() + " (" + poll.source().id() + ")";
            if (poll.error() != null) {
                failed = true;
                context.out().println(name + ": failed: " + poll.error() + (poll.source() == null || poll.source().nextPoll() == null
                        ? "" : "; next try " + poll.source().nextPoll()));
            } else if (poll.notModified()) {
                context.out().println(name + ": not modified");
            } else {
                context.out().printf("%s: %d new, %d already stored, %d matched, %d negative, %d rejected%n", name,
                        poll.imported().created(), poll.imported().alreadyStored(), poll.imported().matched(),
                        poll.imported().negative(), poll.imported().rejected());
                poll.imported().problems().forEach(problem -> context.out().println("  rejected: " + problem));
            }
        }
        return failed ? ExitCode.FAILED : ExitCode.OK;
    }
}
