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
import org.rapport.feed.FeedSource;
import org.rapport.feed.SourceService;

/** {@code feed add URL|@user@instance|bsky:HANDLE}: adds a source (nothing is fetched until it is polled). */
@Component(service = CliCommand.class)
public class FeedAddCommand implements CliCommand {

    private final SourceService sources;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedAddCommand(@Reference SourceService sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "feed add";
    }

    @Override
    public String arguments() {
        return "URL|@user@instance|bsky:HANDLE";
    }

    @Override
    public String summary() {
        return "add a feed source: an RSS/Atom URL, a Mastodon account or hashtag, a Bluesky author";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs exactly one location: a feed URL, @user@instance or bsky:handle");
        }
        String location = options.positional().get(0);
        int before = sources.sources().size();
        FeedSource added;
        try {
            added = sources.add(location);
        } catch (IllegalArgumentException e) {
            context.err().println("rapport-cli feed add: " + e.getMessage());
            return ExitCode.FAILED;
        }
        boolean existed = sources.sources().size() == before;
        context.out().printf("%s source %d: %s (%s, %s), polled every %d minutes%n", existed ? "Already there:" : "Added",
                added.id(), added.name(), added.typeId(), added.location(), added.interval().toMinutes());
        return ExitCode.OK;
    }
}
