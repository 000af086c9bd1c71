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

/** {@code feed sources}: the configured sources and their polling state, tab-separated with a header. */
@Component(service = CliCommand.class)
public class FeedSourcesCommand implements CliCommand {

    static final String TSV_HEADER = "id\ttype\tnetwork\tname\tlocation\tpaused\tinterval_minutes\tlast_poll\tlast_success"
            + "\tnext_poll\tfailures\tposts\tlast_error";

    private final SourceService sources;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public FeedSourcesCommand(@Reference SourceService sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "feed sources";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "list feed sources with their state (last poll, next poll, last error), tab-separated";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        context.out().println(TSV_HEADER);
        for (FeedSource s : sources.sources()) {
            context.out().println(s.id() + "\t" + s.typeId() + (s.typeAvailable() ? "" : " (not installed)") + "\t"
                    + s.network() + "\t" + Labels.cell(s.name()) + "\t" + Labels.cell(s.location()) + "\t" + s.paused() + "\t"
                    + s.interval().toMinutes() + "\t" + Labels.cell(s.lastPoll()) + "\t" + Labels.cell(s.lastSuccess()) + "\t"
                    + Labels.cell(s.nextPoll()) + "\t" + s.failures() + "\t" + s.postCount() + "\t"
                    + Labels.cell(s.lastError()));
        }
        return ExitCode.OK;
    }
}
