package org.rapport.community.internal.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.RecomputeSummary;
import org.rapport.community.ScoreService;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code community review [--at DATE]}: the periodic review for scripts (the workbench runs it by itself): every score
 * as of DATE (00:00 UTC; default now) with the reviews due by then applied, so members whose window fell below their
 * level move down. Prints how many moved and the levels.
 */
@Component(service = CliCommand.class)
public class CommunityReviewCommand implements CliCommand {

    private final ScoreService scores;

    /** Used by DS; tests give the service of a database of their own. */
    @Activate
    public CommunityReviewCommand(@Reference ScoreService scores) {
        this.scores = scores;
    }

    @Override
    public String name() {
        return "community review";
    }

    @Override
    public String arguments() {
        return "[--at YYYY-MM-DD]";
    }

    @Override
    public String summary() {
        return "run the periodic level review (members move down to the level their recent activity gives)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--at"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes only --at YYYY-MM-DD");
        }
        Instant at = Instant.now();
        if (options.value("--at") != null) {
            try {
                at = LocalDate.parse(options.value("--at")).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new UsageException("--at takes a date like 2026-12-01, not " + options.value("--at"));
            }
        }
        RecomputeSummary summary = scores.review(at);
        ScoreReport.summary("reviewed", summary, context.out());
        context.out().println("next review " + scores.nextReview(at));
        ScoreReport.levelsAndGravity(scores, context.out(), 3);
        return ExitCode.OK;
    }
}
