package org.rapport.loyalty.internal.cli;

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
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.RuleService;

/** {@code loyalty rules PROGRAM}: a program's earning rules, tab-separated with a header. */
@Component(service = CliCommand.class)
public class LoyaltyRulesCommand implements CliCommand {

    private final ProgramService programs;
    private final RuleService rules;

    @Activate
    public LoyaltyRulesCommand(@Reference ProgramService programs, @Reference RuleService rules) {
        this.programs = programs;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "loyalty rules";
    }

    @Override
    public String arguments() {
        return "PROGRAM";
    }

    @Override
    public String summary() {
        return "list a loyalty program's earning rules (category multipliers, bonuses), tab-separated";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs PROGRAM");
        }
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            context.out().println("id\tkind\tname\tgives\tvalid\tsegment\tstate");
            for (EarningRule rule : rules.rules(program.id())) {
                context.out().println(RuleOptions.line(rule));
            }
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty rules: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
