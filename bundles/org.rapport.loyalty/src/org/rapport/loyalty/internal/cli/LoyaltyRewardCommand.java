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
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Reward;
import org.rapport.loyalty.RewardDraft;

/** {@code loyalty reward add PROGRAM CODE POINTS [--name TEXT] [--stock N]}: adds a reward to a program's catalog. */
@Component(service = CliCommand.class)
public class LoyaltyRewardCommand implements CliCommand {

    private final ProgramService programs;

    @Activate
    public LoyaltyRewardCommand(@Reference ProgramService programs) {
        this.programs = programs;
    }

    @Override
    public String name() {
        return "loyalty reward";
    }

    @Override
    public String arguments() {
        return "add PROGRAM CODE POINTS [--name TEXT] [--stock N]";
    }

    @Override
    public String summary() {
        return "add a reward to a loyalty program's catalog (unlimited stock unless --stock)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--name", "--stock"), Set.of());
        List<String> positional = options.positional();
        if (positional.size() != 4 || !positional.get(0).equals("add")) {
            throw new UsageException("usage: loyalty reward add PROGRAM CODE POINTS [--name TEXT] [--stock N]");
        }
        int points = CliArguments.positiveNumber("POINTS", positional.get(3));
        Integer stock = null;
        if (options.has("--stock")) {
            try {
                stock = Integer.valueOf(options.value("--stock"));
            } catch (NumberFormatException e) {
                throw new UsageException("--stock needs a whole number, not '" + options.value("--stock") + "'");
            }
        }
        try {
            long programId = LoyaltyCliSupport.program(programs, positional.get(1)).id();
            Reward reward = programs.addReward(programId, new RewardDraft(positional.get(2), options.value("--name"),
                    points, stock, null, null));
            context.out().printf("Added reward %s (%s) for %d points, %s%n", reward.code(), reward.name(), reward.points(),
                    reward.stock() == null ? "unlimited stock" : reward.stock() + " in stock");
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty reward: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
