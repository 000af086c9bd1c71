package org.rapport.loyalty.internal.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleService;
import org.rapport.loyalty.RuleSimulation;
import org.rapport.loyalty.RuleSimulation.SimulatedAward;

/**
 * {@code loyalty simulate PROGRAM KIND [rule options] [--days N] [--at DATE]}: what a rule would have awarded over the
 * last N days (default 30) up to the day; writes nothing.
 */
@Component(service = CliCommand.class)
public class LoyaltySimulateCommand implements CliCommand {

    static final String DAYS = "--days";

    private final ProgramService programs;
    private final RuleService rules;
    private final Clock clock;

    @Activate
    public LoyaltySimulateCommand(@Reference ProgramService programs, @Reference RuleService rules) {
        this(programs, rules, Clock.systemDefaultZone());
    }

    /** For tests: the command with a clock of their own. */
    public LoyaltySimulateCommand(ProgramService programs, RuleService rules, Clock clock) {
        this.programs = programs;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loyalty simulate";
    }

    @Override
    public String arguments() {
        return "PROGRAM KIND " + RuleOptions.USAGE + " [--days N] [--at DATE]";
    }

    @Override
    public String summary() {
        return "what a rule would have awarded over the last N days (default 30), without writing anything";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        Set<String> withValue = new HashSet<>(RuleOptions.ALL);
        withValue.add(DAYS);
        withValue.add(LoyaltyCliSupport.AT);
        CliArguments options = CliArguments.parse(args, withValue, Set.of());
        if (options.positional().size() != 2) {
            throw new UsageException("needs PROGRAM KIND");
        }
        LocalDate day = LoyaltyCliSupport.day(options, clock);
        int days = options.positiveNumber(DAYS, 30);
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            String kind = options.positional().get(1);
            RuleSimulation result = rules.simulate(program.id(), RuleOptions.draft(RuleOptions.kind(kind),
                    "Simulated " + kind, options), day, days);
            context.out().printf("%s from %s to %s: %d awards to %d members, %d points%n", program.name(),
                    result.from(), result.to(), result.awards(), result.members(), result.points());
            for (SimulatedAward award : result.largest()) {
                context.out().println(award.day() + "\t" + award.personId() + "\t" + award.points() + "\t" + award.what());
            }
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty simulate: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
