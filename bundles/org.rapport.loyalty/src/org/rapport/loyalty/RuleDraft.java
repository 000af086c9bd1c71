package org.rapport.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The settings of an earning rule; {@link RuleService#add} and {@link RuleService#simulate} check them. See
 * {@link EarningRule} for the parts.
 */
public record RuleDraft(String name, RuleKind kind, String category, BigDecimal multiplier, long points,
        BigDecimal pointsPerUnit, LocalDate validFrom, LocalDate validTo, Long segmentId, String segmentName) {

    /** Fills in the neutral values for parts that are {@code null}. */
    public RuleDraft {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.trim();
        multiplier = multiplier == null ? BigDecimal.ONE : multiplier;
        pointsPerUnit = pointsPerUnit == null ? BigDecimal.ZERO : pointsPerUnit;
    }

    /** A bonus of fixed points on an event, always valid, for every member. */
    public static RuleDraft bonus(String name, RuleKind kind, long points) {
        return new RuleDraft(name, kind, null, null, points, null, null, null, null, null);
    }

    /** Purchases of a category earn at a multiplier, always, for every member. */
    public static RuleDraft category(String name, String category, BigDecimal multiplier) {
        return new RuleDraft(name, RuleKind.CATEGORY, category, multiplier, 0, null, null, null, null, null);
    }

    /** The same rule valid from one day through another ({@code null}: open). */
    public RuleDraft validBetween(LocalDate from, LocalDate to) {
        return new RuleDraft(name, kind, category, multiplier, points, pointsPerUnit, from, to, segmentId, segmentName);
    }

    /** The same rule for the members of a contacts segment only. */
    public RuleDraft forSegment(long id, String name) {
        return new RuleDraft(this.name, kind, category, multiplier, points, pointsPerUnit, validFrom, validTo, id, name);
    }

    /** The same rule with points per unit of a won deal's amount. */
    public RuleDraft perUnit(BigDecimal points) {
        return new RuleDraft(name, kind, category, multiplier, this.points, points, validFrom, validTo, segmentId,
                segmentName);
    }
}
