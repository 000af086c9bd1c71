package org.rapport.examples.checkins.internal;

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
import org.rapport.examples.checkins.CheckIn;
import org.rapport.examples.checkins.CheckInService;

/**
 * {@code rapport-cli checkins list [--event NAME]}: the check-ins as tab-separated lines for scripts (a header, then
 * time, person id, person, event), oldest first.
 */
@Component(service = CliCommand.class)
public class CheckInsListCommand implements CliCommand {

    private final CheckInService checkIns;

    @Activate
    public CheckInsListCommand(@Reference CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String name() {
        return "checkins list";
    }

    @Override
    public String arguments() {
        return "[--event NAME]";
    }

    @Override
    public String summary() {
        return "list event check-ins, tab-separated (example plugin)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--event"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("takes no arguments besides --event, got " + options.positional());
        }
        context.out().println("time\tperson_id\tperson\tevent");
        for (CheckIn c : checkIns.all()) {
            if (!options.has("--event") || c.event().equalsIgnoreCase(options.value("--event"))) {
                context.out().println(c.at() + "\t" + c.personId() + "\t" + c.personName() + "\t" + c.event());
            }
        }
        return ExitCode.OK;
    }
}
