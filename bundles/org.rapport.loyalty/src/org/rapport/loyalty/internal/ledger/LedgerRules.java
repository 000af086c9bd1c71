package org.rapport.loyalty.internal.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.rapport.loyalty.Program;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.model.LotEntity;

/** The rules as plain arithmetic on days and amounts, so that each is testable by hand. */
public final class LedgerRules {

    private LedgerRules() {
    }

    /** ⌊amount × points per unit × multiplier⌋. */
    public static long purchasePoints(BigDecimal amount, BigDecimal pointsPerUnit, BigDecimal multiplier) {
        return amount.multiply(pointsPerUnit).multiply(multiplier).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** The first day points earned on {@code day} can be spent. */
    public static LocalDate availableFrom(LocalDate day, int pendingDays) {
        return day.plusDays(pendingDays);
    }

    /**
     * The last day points earned on {@code day} can be spent: the end of the month {@code expiryMonths} after the
     * day's month (earned 2025-01-10, 12 months: 2026-01-31); {@link LotEntity#NEVER} when they do not expire.
     */
    public static LocalDate lastUsableDay(LocalDate day, int expiryMonths) {
        return expiryMonths == 0 ? LotEntity.NEVER : YearMonth.from(day).plusMonths(expiryMonths).atEndOfMonth();
    }

    /** The first day of the tier window that ends with {@code day}: 12 months up to and including the day. */
    public static LocalDate qualifyingFrom(LocalDate day) {
        return day.minusYears(1).plusDays(1);
    }

    /**
     * The points of a purchase that a refund cancels: the purchase's share of all refunds so far (rounded down) less
     * what earlier refunds cancelled, so partial refunds that add up to the whole purchase cancel all of its points.
     */
    public static long refundShare(long purchasePoints, BigDecimal purchaseAmount, BigDecimal refundedBefore,
            BigDecimal refund, long cancelledBefore) {
        if (purchaseAmount.signum() == 0) {
            return 0;
        }
        long cumulative = BigDecimal.valueOf(purchasePoints).multiply(refundedBefore.add(refund))
                .divide(purchaseAmount, 0, RoundingMode.FLOOR).longValueExact();
        return Math.max(0, cumulative - cancelledBefore);
    }

    /** The highest tier rank whose threshold {@code earned12m} reaches. */
    public static int qualifiedRank(List<Tier> tiers, long earned12m) {
        int rank = 0;
        for (int i = 0; i < tiers.size(); i++) {
            if (earned12m >= tiers.get(i).threshold()) {
                rank = i;
            }
        }
        return rank;
    }

    /** The tier a member of {@code rank} earns at. */
    public static Tier tier(Program program, int rank) {
        return program.tiers().get(Math.min(rank, program.tiers().size() - 1));
    }
}
