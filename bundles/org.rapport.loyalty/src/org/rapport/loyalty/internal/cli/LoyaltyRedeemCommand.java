package org.rapport.loyalty.internal.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.PersonRef;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Redemption;

/** {@code loyalty redeem PROGRAM EMAIL REWARD_CODE [--at DATE]}: redeem a reward for a member (exit 0 when redeemed, 1 with the reason when not). */
@Component(service = CliCommand.class)
public class LoyaltyRedeemCommand implements CliCommand {

    private final ProgramService programs;
    private final LedgerService ledger;
    private final PersonLookup people;
    private final Clock clock;

    @Activate
    public LoyaltyRedeemCommand(@Reference ProgramService programs, @Reference LedgerService ledger, @Reference PersonLookup people) {
        this(programs, ledger, people, Clock.systemDefaultZone());
    }

    /** For tests: the command with a clock of their own. */
    public LoyaltyRedeemCommand(ProgramService programs, LedgerService ledger, PersonLookup people, Clock clock) {
        this.programs = programs;
        this.ledger = ledger;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loyalty redeem";
    }

    @Override
    public String arguments() {
        return "PROGRAM EMAIL REWARD_CODE [--at DATE]";
    }

    @Override
    public String summary() {
        return "redeem a reward for a member (exit 0 when redeemed, 1 with the reason when not)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(LoyaltyCliSupport.AT), Set.of());
        if (options.positional().size() != 3) {
            throw new UsageException("needs PROGRAM, EMAIL and REWARD_CODE");
        }
        LocalDate day = LoyaltyCliSupport.day(options, clock);
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            PersonRef person = LoyaltyCliSupport.person(people, options.positional().get(1));
            Redemption redemption = ledger.redeem(program.id(), person.id(), options.positional().get(2), day);
            if (!redemption.redeemed()) {
                context.err().println("rapport-cli loyalty redeem: refused: " + redemption.refusal());
                return ExitCode.FAILED;
            }
            context.out().printf("Redeemed %s for %s on %s: %d points%n", options.positional().get(2).toUpperCase(
                    java.util.Locale.ROOT), person.displayName(), day, -redemption.entry().points());
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty redeem: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
