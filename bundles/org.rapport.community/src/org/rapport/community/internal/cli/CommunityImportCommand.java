package org.rapport.community.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.ActivityService;
import org.rapport.community.ImportProblem;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code community import FILE}: imports an activity export (GitHub events, Discourse, Slack, Discord, Eventbrite or
 * Meetup attendees, plain CSV; detected) and prints one summary line, the first rejected rows with line and reason,
 * and where the report of all of them is. Exit 0 when anything was imported or already was, 1 when nothing could be.
 */
@Component(service = CliCommand.class)
public class CommunityImportCommand implements CliCommand {

    /** Rejected rows printed; the report beside the file has them all. */
    static final int PRINTED_PROBLEMS = 20;

    private final ActivityService activities;

    @Activate
    public CommunityImportCommand(@Reference ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public String name() {
        return "community import";
    }

    @Override
    public String arguments() {
        return "FILE";
    }

    @Override
    public String summary() {
        return "import community activity (GitHub events, Discourse, Slack, Discord, Eventbrite/Meetup attendees, CSV)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs exactly one file to import");
        }
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            context.err().println("rapport-cli community import: no file " + file);
            return ExitCode.FAILED;
        }
        ActivityImportResult result = activities.importFile(file, context.progress());
        context.out().println("Imported " + file.getFileName() + " as " + result.summary());
        List<ImportProblem> problems = result.problems();
        problems.stream().limit(PRINTED_PROBLEMS).forEach(problem -> context.out().println("rejected: " + problem));
        if (result.rejected() > PRINTED_PROBLEMS) {
            context.out().printf("... and %,d more%n", result.rejected() - PRINTED_PROBLEMS);
        }
        if (result.report() != null) {
            context.out().println("report: " + result.report());
        }
        if (result.activities() == 0 && result.alreadyImported() == 0 && result.rows() > 0) {
            context.err().println("rapport-cli community import: nothing could be imported from " + file);
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }
}
