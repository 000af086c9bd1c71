package org.rapport.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An earning rule of a program, as stored. A bonus rule awards {@code points} (plus {@code pointsPerUnit} × the
 * deal's amount for a {@link RuleKind#DEAL_WON} rule, rounded down) once per event and member, through
 * {@link LedgerService#award}; a {@link RuleKind#CATEGORY} rule multiplies what purchases of its category earn.
 *
 * @param id            its id
 * @param programId     its program
 * @param name          what people call it, e.g. {@code Thank you for your patience}
 * @param kind          what it reacts to
 * @param category      the purchase category of a {@link RuleKind#CATEGORY} rule (compared ignoring case), else {@code null}
 * @param multiplier    the category's multiplier of a {@link RuleKind#CATEGORY} rule, else 1
 * @param points        the fixed bonus of an event rule, else 0
 * @param pointsPerUnit points per unit of a won deal's amount (only {@link RuleKind#DEAL_WON}; 0 for none)
 * @param validFrom     the first day it applies, or {@code null} (always)
 * @param validTo       the last day it applies, or {@code null} (open)
 * @param segmentId     the contacts segment whose members it applies to, or {@code null} for every member
 * @param segmentName   that segment's name when the rule was saved (for display), or {@code null}
 * @param active        whether it applies at all (a paused rule awards nothing)
 */
public record EarningRule(long id, long programId, String name, RuleKind kind, String category, BigDecimal multiplier,
        long points, BigDecimal pointsPerUnit, LocalDate validFrom, LocalDate validTo, Long segmentId,
        String segmentName, boolean active) {

    /** Whether it applies on {@code day}: active and inside its validity dates. */
    public boolean appliesOn(LocalDate day) {
        return active && (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** The rule's settings, e.g. to change them and save again. */
    public RuleDraft draft() {
        return new RuleDraft(name, kind, category, multiplier, points, pointsPerUnit, validFrom, validTo, segmentId,
                segmentName);
    }
}
