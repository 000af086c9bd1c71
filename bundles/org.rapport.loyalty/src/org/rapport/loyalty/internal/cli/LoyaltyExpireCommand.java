package org.rapport.loyalty.internal.cli;

import java.time.Clock;
import java.time.LocalDate;
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
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;

/** {@code loyalty expire PROGRAM [--at DATE]}: expire the points of a loyalty program whose validity ended before the day. */
@Component(service = CliCommand.class)
public class LoyaltyExpireCommand implements CliCommand {

    private final ProgramService programs;
    private final LedgerService ledger;
    private final Clock clock;

    @Activate
    public LoyaltyExpireCommand(@Reference ProgramService programs, @Reference LedgerService ledger) {
        this(programs, ledger, Clock.systemDefaultZone());
    }

    /** For tests: the command with a clock of their own. */
    public LoyaltyExpireCommand(ProgramService programs, LedgerService ledger, Clock clock) {
        this.programs = programs;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loyalty expire";
    }

    @Override
    public String arguments() {
        return "PROGRAM [--at DATE]";
    }

    @Override
    public String summary() {
        return "expire the points of a loyalty program whose validity ended before the day";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(LoyaltyCliSupport.AT), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs PROGRAM");
        }
        LocalDate day = LoyaltyCliSupport.day(options, clock);
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            ExpiryRun run = ledger.expire(program.id(), day);
            context.out().printf("Expired %d points of %d lots of %d members of %s as of %s%n", run.points(), run.lots(),
                    run.members(), program.name(), day);
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty expire: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
