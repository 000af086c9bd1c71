package org.rapport.loyalty.internal.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.rapport.loyalty.ProgramDraft;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.Tier;

/**
 * {@code loyalty program create NAME --currency CUR --points-per-unit N [--pending-days N] [--expiry-months N]
 * [--base-tier NAME] [--tier NAME:THRESHOLD:MULTIPLIER]...}: creates a program (base tier "Member" unless named).
 */
@Component(service = CliCommand.class)
public class LoyaltyProgramCommand implements CliCommand {

    private static final String TIER = "--tier";

    private final ProgramService programs;

    @Activate
    public LoyaltyProgramCommand(@Reference ProgramService programs) {
        this.programs = programs;
    }

    @Override
    public String name() {
        return "loyalty program";
    }

    @Override
    public String arguments() {
        return "create NAME --currency CUR --points-per-unit N [--pending-days N] [--expiry-months N] [--base-tier NAME]"
                + " [--tier NAME:THRESHOLD:MULTIPLIER]...";
    }

    @Override
    public String summary() {
        return "create a loyalty program with its tiers";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        List<String> rest = new ArrayList<>();
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(TIER)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--tier needs NAME:THRESHOLD:MULTIPLIER");
                }
                tiers.add(tier(args.get(++i)));
            } else {
                rest.add(args.get(i));
            }
        }
        CliArguments options = CliArguments.parse(rest, Set.of("--currency", "--points-per-unit", "--pending-days",
                "--expiry-months", "--base-tier"), Set.of());
        List<String> positional = options.positional();
        if (positional.size() != 2 || !positional.get(0).equals("create")) {
            throw new UsageException("usage: loyalty program create NAME --currency CUR --points-per-unit N ...");
        }
        if (options.value("--currency") == null || options.value("--points-per-unit") == null) {
            throw new UsageException("--currency and --points-per-unit are required");
        }
        BigDecimal perUnit = decimal("--points-per-unit", options.value("--points-per-unit"));
        int pending = whole("--pending-days", options.value("--pending-days"), ProgramDraft.DEFAULT_PENDING_DAYS);
        int expiry = whole("--expiry-months", options.value("--expiry-months"), ProgramDraft.DEFAULT_EXPIRY_MONTHS);
        try {
            Program program = programs.create(new ProgramDraft(positional.get(1), options.value("--currency"), perUnit,
                    pending, expiry, ProgramDraft.DEFAULT_POINT_VALUE, options.value("--base-tier"), tiers));
            context.out().printf("Created program %s (%s, %s points per unit, %d pending days, %s): tiers %s%n",
                    program.name(), program.currency(), program.pointsPerUnit().toPlainString(), program.pendingDays(),
                    program.expiryMonths() == 0 ? "points never expire" : "expiry after " + program.expiryMonths()
                            + " months", String.join(", ", program.tiers().stream().map(t -> t.name() + " (" + t.threshold()
                                    + ", x" + t.multiplier().stripTrailingZeros().toPlainString() + ")").toList()));
            return ExitCode.OK;
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty program: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private static Tier tier(String text) throws UsageException {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new UsageException("--tier needs NAME:THRESHOLD:MULTIPLIER, not '" + text + "'");
        }
        try {
            return new Tier(parts[0].trim(), Long.parseLong(parts[1].trim()), new BigDecimal(parts[2].trim()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--tier " + text + ": " + e.getMessage());
        }
    }

    private static BigDecimal decimal(String option, String text) throws UsageException {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, not '" + text + "'");
        }
    }

    private static int whole(String option, String text, int fallback) throws UsageException {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(option + " needs a whole number of 0 or more, not '" + text + "'");
    }
}
