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
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.ReviewResult;

/** {@code loyalty review PROGRAM [--at DATE]}: the monthly tier review of a loyalty program (on the first day of a month). */
@Component(service = CliCommand.class)
public class LoyaltyReviewCommand implements CliCommand {

    private final ProgramService programs;
    private final LedgerService ledger;
    private final Clock clock;

    @Activate
    public LoyaltyReviewCommand(@Reference ProgramService programs, @Reference LedgerService ledger) {
        this(programs, ledger, Clock.systemDefaultZone());
    }

    /** For tests: the command with a clock of their own. */
    public LoyaltyReviewCommand(ProgramService programs, LedgerService ledger, Clock clock) {
        this.programs = programs;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loyalty review";
    }

    @Override
    public String arguments() {
        return "PROGRAM [--at DATE]";
    }

    @Override
    public String summary() {
        return "the monthly tier review of a loyalty program (on the first day of a month)";
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
            ReviewResult review = ledger.review(program.id(), day);
            context.out().printf("Reviewed %d members of %s on %s: %d moved down one tier%n", review.reviewed(),
                    program.name(), day, review.downgraded());
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty review: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
