package org.rapport.loyalty.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.internal.model.RuleEntity;

/** Rule rows to records, and the checks of a rule's settings. */
final class RuleMapper {

    static final int NAME_LENGTH = 100;
    static final int CATEGORY_LENGTH = 100;

    private RuleMapper() {
    }

    static EarningRule toRecord(RuleEntity e) {
        return new EarningRule(e.getId(), e.getProgramId(), e.getName(), e.getKind(), e.getCategory(), e.getMultiplier(),
                e.getPoints(), e.getPointsPerUnit(), e.getValidFrom(), e.getValidTo(), e.getSegmentId(),
                e.getSegmentName(), e.isActive());
    }

    /** A draft as an active rule that is not stored (id 0), e.g. to simulate it. */
    static EarningRule unsaved(long programId, RuleDraft d) {
        return new EarningRule(0, programId, d.name(), d.kind(), d.category(), d.multiplier(), d.points(),
                d.pointsPerUnit(), d.validFrom(), d.validTo(), d.segmentId(), d.segmentName(), true);
    }

    /** What is wrong with the settings, one sentence each. */
    static List<String> problems(RuleDraft d, boolean segmentsAvailable) {
        List<String> problems = new ArrayList<>();
        if (d.name().isEmpty()) {
            problems.add("A rule needs a name.");
        } else if (d.name().length() > NAME_LENGTH) {
            problems.add("The name is longer than " + NAME_LENGTH + " characters.");
        }
        if (d.kind() == RuleKind.CATEGORY) {
            if (d.category() == null || d.category().isBlank()) {
                problems.add("A category rule needs the category, as the import's category column names it.");
            } else if (d.category().trim().length() > CATEGORY_LENGTH) {
                problems.add("The category is longer than " + CATEGORY_LENGTH + " characters.");
            }
            if (d.multiplier().signum() <= 0) {
                problems.add("The category's multiplier must be above 0, not " + d.multiplier().toPlainString() + ".");
            }
            if (d.points() != 0) {
                problems.add("A category rule multiplies a purchase's points; it gives no fixed points.");
            }
        } else {
            if (d.points() < 0) {
                problems.add("A bonus cannot take points away (" + d.points() + ").");
            }
            if (d.pointsPerUnit().signum() < 0) {
                problems.add("Points per unit cannot be negative.");
            }
            if (d.pointsPerUnit().signum() > 0 && d.kind() != RuleKind.DEAL_WON) {
                problems.add("Points per unit of an amount only apply to won deals.");
            }
            if (d.points() == 0 && d.pointsPerUnit().signum() == 0) {
                problems.add("The bonus gives no points: set the points" + (d.kind() == RuleKind.DEAL_WON
                        ? " or the points per unit of the deal's amount." : "."));
            }
            if (d.multiplier().compareTo(java.math.BigDecimal.ONE) != 0) {
                problems.add("Only a category rule has a multiplier.");
            }
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            problems.add("The rule ends (" + d.validTo() + ") before it starts (" + d.validFrom() + ").");
        }
        if (d.segmentId() != null && !segmentsAvailable) {
            problems.add("A target segment needs the contacts domain, which is not installed.");
        }
        return problems;
    }
}
