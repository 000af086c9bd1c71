package org.rapport.community.internal.cli;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.ScoreService;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/** {@code community rescore}: computes every member's score again now, then prints the levels and gravity. */
@Component(service = CliCommand.class)
public class CommunityRescoreCommand implements CliCommand {

    private final ScoreService scores;

    /** Used by DS; tests give the service of a database of their own. */
    @Activate
    public CommunityRescoreCommand(@Reference ScoreService scores) {
        this.scores = scores;
    }

    @Override
    public String name() {
        return "community rescore";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "compute every community member's love, level, reach and gravity again";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (!CliArguments.parse(args, Set.of(), Set.of()).positional().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        ScoreReport.summary("rescored", scores.rescore(Instant.now()), context.out());
        ScoreReport.levelsAndGravity(scores, context.out(), 3);
        return ExitCode.OK;
    }
}
