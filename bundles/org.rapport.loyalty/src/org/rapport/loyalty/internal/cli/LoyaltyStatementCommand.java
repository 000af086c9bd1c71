package org.rapport.loyalty.internal.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.rapport.loyalty.LifetimeTotals;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Statement;

/**
 * {@code loyalty statement PROGRAM EMAIL [--at DATE] [--format text|json]}: a member's points as of a day. The JSON
 * object has exactly the fields {@code available, pending, tier, earned12m, expiring} ({@code [{points, date}]},
 * soonest first) and {@code lifetime} ({@code {earned, redeemed, expired, cancelled}}).
 */
@Component(service = CliCommand.class)
public class LoyaltyStatementCommand implements CliCommand {

    private final ProgramService programs;
    private final LedgerService ledger;
    private final PersonLookup people;
    private final Clock clock;

    @Activate
    public LoyaltyStatementCommand(@Reference ProgramService programs, @Reference LedgerService ledger,
            @Reference PersonLookup people) {
        this(programs, ledger, people, Clock.systemDefaultZone());
    }

    /** For tests: the command with a clock of their own. */
    public LoyaltyStatementCommand(ProgramService programs, LedgerService ledger, PersonLookup people, Clock clock) {
        this.programs = programs;
        this.ledger = ledger;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "loyalty statement";
    }

    @Override
    public String arguments() {
        return "PROGRAM EMAIL [--at DATE] [--format text|json]";
    }

    @Override
    public String summary() {
        return "a member's points as of a day: available, pending, tier, what expires when, lifetime totals";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(LoyaltyCliSupport.AT, "--format"), Set.of());
        if (options.positional().size() != 2) {
            throw new UsageException("needs PROGRAM and EMAIL");
        }
        String format = options.has("--format") ? options.value("--format") : "text";
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format is text or json, not '" + format + "'");
        }
        LocalDate day = LoyaltyCliSupport.day(options, clock);
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            PersonRef person = LoyaltyCliSupport.person(people, options.positional().get(1));
            Statement statement = ledger.statement(program.id(), person.id(), day);
            context.out().println(format.equals("json") ? json(statement) : text(statement, program, person));
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty statement: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    /** The statement as the JSON object. */
    static String json(Statement s) {
        LifetimeTotals life = s.lifetime();
        String expiring = s.expiring().stream()
                .map(e -> "{\"points\": " + e.points() + ", \"date\": \"" + e.date() + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return "{\"available\": " + s.available() + ", \"pending\": " + s.pending() + ", \"tier\": "
                + LoyaltyCliSupport.json(s.tier()) + ", \"earned12m\": " + s.earned12m() + ", \"expiring\": " + expiring
                + ", \"lifetime\": {\"earned\": " + life.earned() + ", \"redeemed\": " + life.redeemed()
                + ", \"expired\": " + life.expired() + ", \"cancelled\": " + life.cancelled() + "}}";
    }

    private static String text(Statement s, Program program, PersonRef person) {
        StringBuilder out = new StringBuilder();
        out.append(person.displayName()).append(" in ").append(program.name()).append(" as of ").append(s.asOf())
                .append('\n');
        out.append("Tier:      ").append(s.tier()).append(" (").append(s.earned12m()).append(" points earned in 12 months");
        if (s.nextTier() != null) {
            out.append("; ").append(s.toNextTier()).append(" more for ").append(s.nextTier());
        }
        out.append(")\n");
        out.append("Available: ").append(s.available()).append('\n');
        out.append("Pending:   ").append(s.pending()).append('\n');
        out.append("Expiring:  ").append(s.expiring().isEmpty() ? "nothing" : s.expiring().stream()
                .map(e -> e.points() + " after " + e.date()).collect(Collectors.joining(", "))).append('\n');
        LifetimeTotals life = s.lifetime();
        out.append("Lifetime:  earned ").append(life.earned()).append(", redeemed ").append(life.redeemed())
                .append(", expired ").append(life.expired()).append(", cancelled ").append(life.cancelled());
        return out.toString();
    }
}
