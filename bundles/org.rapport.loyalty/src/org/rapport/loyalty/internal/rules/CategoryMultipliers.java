package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.internal.model.RuleEntity;

/**
 * The multiplier a purchase's category adds, read inside the ledger's write transaction: the product of the active
 * category rules of the program for that category valid on the purchase day (1 when none). A rule with a target
 * segment is left out here: a purchase's points must not depend on a contacts query inside the member's lock.
 */
public final class CategoryMultipliers {

    private CategoryMultipliers() {
    }

    /** The category's multiplier on the day; 1 for no category or no rule. */
    public static BigDecimal multiplier(EntityManager em, long programId, String category, LocalDate day) {
        if (category == null || category.isBlank()) {
            return BigDecimal.ONE;
        }
        List<RuleEntity> rules = em.createQuery("SELECT r FROM LoyaltyRule r WHERE r.kind = :k AND r.programId = :p"
                + " AND r.categoryKey = :c AND r.active = TRUE AND r.segmentId IS NULL", RuleEntity.class)
                .setParameter("k", RuleKind.CATEGORY).setParameter("p", programId)
                .setParameter("c", category.trim().toLowerCase(Locale.ROOT)).getResultList();
        BigDecimal multiplier = BigDecimal.ONE;
        for (RuleEntity rule : rules) {
            if (RuleMapper.toRecord(rule).appliesOn(day)) {
                multiplier = multiplier.multiply(rule.getMultiplier());
            }
        }
        return multiplier;
    }
}
