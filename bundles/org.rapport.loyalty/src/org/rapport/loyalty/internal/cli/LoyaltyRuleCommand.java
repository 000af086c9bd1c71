package org.rapport.loyalty.internal.cli;

import java.util.List;

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

/**
 * {@code loyalty rule PROGRAM KIND NAME [--points N] [--per-unit N] [--category NAME --multiplier N] [--from DATE]
 * [--to DATE]}: adds an earning rule (a target segment is chosen in the workbench).
 */
@Component(service = CliCommand.class)
public class LoyaltyRuleCommand implements CliCommand {

    private final ProgramService programs;
    private final RuleService rules;

    @Activate
    public LoyaltyRuleCommand(@Reference ProgramService programs, @Reference RuleService rules) {
        this.programs = programs;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "loyalty rule";
    }

    @Override
    public String arguments() {
        return "PROGRAM KIND NAME " + RuleOptions.USAGE;
    }

    @Override
    public String summary() {
        return "add an earning rule: KIND is " + RuleOptions.kinds();
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, RuleOptions.ALL, java.util.Set.of());
        if (options.positional().size() != 3) {
            throw new UsageException("needs PROGRAM KIND NAME");
        }
        try {
            Program program = LoyaltyCliSupport.program(programs, options.positional().get(0));
            EarningRule rule = rules.add(program.id(), RuleOptions.draft(RuleOptions.kind(options.positional().get(1)),
                    options.positional().get(2), options));
            context.out().println("Added rule " + rule.id() + " to " + program.name() + ": " + RuleOptions.line(rule)
                    .replace('\t', ' '));
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty rule: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
