package org.rapport.loyalty.internal.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.UsageException;
import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;

/** A rule's settings on the command line, shared by {@code loyalty rule} and {@code loyalty simulate}. */
final class RuleOptions {

    static final String POINTS = "--points";
    static final String PER_UNIT = "--per-unit";
    static final String CATEGORY = "--category";
    static final String MULTIPLIER = "--multiplier";
    static final String FROM = "--from";
    static final String TO = "--to";
    /** The options every rule command takes. */
    static final Set<String> ALL = Set.of(POINTS, PER_UNIT, CATEGORY, MULTIPLIER, FROM, TO);
    /** How the usage names them. */
    static final String USAGE = "[--points N] [--per-unit N] [--category NAME --multiplier N] [--from DATE] [--to DATE]";

    private RuleOptions() {
    }

    /** A kind as typed: {@code deal-won}, {@code satisfied-case}, {@code ambassador}, {@code birthday}, {@code category}. */
    static RuleKind kind(String text) throws UsageException {
        try {
            return RuleKind.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageException("the kind '" + text + "' is none of " + kinds());
        }
    }

    static String kinds() {
        return Arrays.stream(RuleKind.values()).map(RuleOptions::word).collect(Collectors.joining(", "));
    }

    /** A kind as the command line writes it, e.g. {@code deal-won}. */
    static String word(RuleKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RuleDraft draft(RuleKind kind, String name, CliArguments options) throws UsageException {
        long points = options.has(POINTS) ? number(POINTS, options.value(POINTS)).longValueExact() : 0;
        BigDecimal perUnit = options.has(PER_UNIT) ? number(PER_UNIT, options.value(PER_UNIT)) : null;
        BigDecimal multiplier = options.has(MULTIPLIER) ? number(MULTIPLIER, options.value(MULTIPLIER)) : null;
        return new RuleDraft(name, kind, options.value(CATEGORY), multiplier, points, perUnit, date(options, FROM),
                date(options, TO), null, null);
    }

    /** One line of {@code loyalty rules}: id, kind, name, what it gives, validity, segment, state (tab-separated). */
    static String line(EarningRule rule) {
        String gives = rule.kind() == RuleKind.CATEGORY ? rule.category() + " x" + rule.multiplier().stripTrailingZeros()
                .toPlainString() : rule.points() + " points" + (rule.pointsPerUnit().signum() > 0 ? " + "
                        + rule.pointsPerUnit().stripTrailingZeros().toPlainString() + " per unit" : "");
        String valid = (rule.validFrom() == null ? "" : rule.validFrom().toString()) + ".."
                + (rule.validTo() == null ? "" : rule.validTo().toString());
        return rule.id() + "\t" + word(rule.kind()) + "\t" + rule.name() + "\t" + gives + "\t" + valid + "\t"
                + (rule.segmentName() == null ? "" : rule.segmentName()) + "\t" + (rule.active() ? "active" : "paused");
    }

    private static BigDecimal number(String option, String text) throws UsageException {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException(option + " needs a number, not '" + text + "'");
        }
    }

    private static LocalDate date(CliArguments options, String option) throws UsageException {
        if (!options.has(option)) {
            return null;
        }
        try {
            return LocalDate.parse(options.value(option));
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date as YYYY-MM-DD, not '" + options.value(option) + "'");
        }
    }
}
