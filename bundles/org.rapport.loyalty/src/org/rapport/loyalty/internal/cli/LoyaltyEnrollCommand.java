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
import org.rapport.loyalty.Member;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;

/** {@code loyalty enroll PROGRAM EMAIL [--at DATE]}: enrol the contact with this email in a loyalty program. */
@Component(service = CliCommand.class)
public class LoyaltyEnrollCommand implements CliCommand {

    private final ProgramService programs;
    private final LedgerService ledger;
    private final PersonLookup people;
    private final Clock clock;

    @Activate
    public LoyaltyEnrollCommand(@Reference ProgramService programs, @Reference LedgerService ledger, @Reference PersonLookup people) {
        this(programs, ledger, people, Clock.systemDefaultZone());
    }

    /** For tests: the command with a clock of their own. */
    public LoyaltyEnrollCommand(ProgramService programs, LedgerService ledger, PersonLookup people, Clock clock) {
        this.programs = programs;
        this.ledger = ledger;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loyalty enroll";
    }

    @Override
    public String arguments() {
        return "PROGRAM EMAIL [--at DATE]";
    }

    @Override
    public String summary() {
        return "enrol the contact with this email in a loyalty program";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(LoyaltyCliSupport.AT), Set.of());
        if (options.positional().size() != 2) {
            throw new UsageException("needs PROGRAM and EMAIL");
        }
        LocalDate day = LoyaltyCliSupport.day(options, clock);
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            PersonRef person = LoyaltyCliSupport.person(people, options.positional().get(1));
            Member member = programs.enroll(program.id(), person.id(), day);
            context.out().printf("%s is a member of %s since %s (tier %s)%n", person.displayName(), program.name(),
                    member.enrolledOn(), member.tier());
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty enroll: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
