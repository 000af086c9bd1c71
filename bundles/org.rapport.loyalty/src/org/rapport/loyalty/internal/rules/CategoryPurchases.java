package org.rapport.loyalty.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.rapport.loyalty.EarningRule;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.internal.LoyaltyUnit;

/**
 * The program's recorded purchases of a category over a period, for the simulator: what a category rule would have
 * added to each, ⌊earned × multiplier⌋ − earned (the purchase's points already include its tier's multiplier).
 */
final class CategoryPurchases {

    /** Told each purchase the rule would have changed. */
    interface Sink {
        void purchase(long personId, LocalDate day, long extraPoints, String what);
    }

    private final LoyaltyUnit unit;

    CategoryPurchases(LoyaltyUnit unit) {
        this.unit = unit;
    }

    void replay(Program program, EarningRule rule, LocalDate from, LocalDate to, Sink sink) {
        if (rule.category() == null) {
            return;
        }
        List<Object[]> rows = unit.read(em -> em.createQuery("SELECT m.personId, t.day, t.points, t.reference"
                + " FROM LoyaltyTransaction t, LoyaltyMember m WHERE t.programId = :p AND t.type = 'purchase'"
                + " AND t.categoryKey = :c AND t.day BETWEEN :from AND :to AND m.id = t.memberId ORDER BY t.day, t.id",
                Object[].class).setParameter("p", program.id())
                .setParameter("c", rule.category().trim().toLowerCase(Locale.ROOT)).setParameter("from", from)
                .setParameter("to", to).getResultList());
        for (Object[] row : rows) {
            long earned = ((Number) row[2]).longValue();
            long extra = BigDecimal.valueOf(earned).multiply(rule.multiplier()).setScale(0, RoundingMode.FLOOR)
                    .longValueExact() - earned;
            if (extra != 0) {
                sink.purchase(((Number) row[0]).longValue(), (LocalDate) row[1], extra,
                        rule.name() + " (purchase " + row[3] + ")");
            }
        }
    }
}
