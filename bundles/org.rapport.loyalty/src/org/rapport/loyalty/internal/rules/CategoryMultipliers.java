package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.internal.model.RuleEntity;

/**
 * The multiplier a purchase's category adds, read inside the ledger's write transaction: the product of the active
 * category rules of the program for that category valid on the purchase day (1 when none). A rule with a target
 * segment is left out here: a purchase's points must not depend on a contacts query inside the member's lock.
 */
public final class CategoryMultipliers {

    private final List<EarningRule> rules;

    private CategoryMultipliers(List<EarningRule> rules) {
        this.rules = rules;
    }

    /**
     * The program's category rules, read once: an import chunk asks this for every row without a query (a query
     * would flush the chunk's pending inserts out of their JDBC batch).
     */
    public static CategoryMultipliers read(EntityManager em, long programId) {
        return new CategoryMultipliers(em.createQuery("SELECT r FROM LoyaltyRule r WHERE r.kind = :k"
                + " AND r.programId = :p AND r.active = TRUE AND r.segmentId IS NULL", RuleEntity.class)
                .setParameter("k", RuleKind.CATEGORY).setParameter("p", programId).getResultList().stream()
                .map(RuleMapper::toRecord).toList());
    }

    /** The category's multiplier on the day for one purchase; 1 for no category (without reading the rules). */
    public static BigDecimal multiplier(EntityManager em, long programId, String category, LocalDate day) {
        return category == null || category.isBlank() ? BigDecimal.ONE : read(em, programId).multiplier(category, day);
    }

    /** The category's multiplier on the day; 1 for no category or no rule. */
    public BigDecimal multiplier(String category, LocalDate day) {
        if (category == null || category.isBlank()) {
            return BigDecimal.ONE;
        }
        String key = category.trim().toLowerCase(Locale.ROOT);
        BigDecimal multiplier = BigDecimal.ONE;
        for (EarningRule rule : rules) {
            if (rule.category().toLowerCase(Locale.ROOT).equals(key) && rule.appliesOn(day)) {
                multiplier = multiplier.multiply(rule.multiplier());
            }
        }
        return multiplier;
    }
}
