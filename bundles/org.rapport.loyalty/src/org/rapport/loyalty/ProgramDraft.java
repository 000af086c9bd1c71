package org.rapport.loyalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a new program is made of; {@link ProgramService#create} checks it.
 *
 * @param name          a name no other program has
 * @param currency      ISO currency code, three letters
 * @param pointsPerUnit points per unit of currency, positive
 * @param pendingDays   0 or more
 * @param expiryMonths  0 (never) or more
 * @param pointValue    what a point is worth in the currency, 0 or more
 * @param baseTierName  the base tier's name (threshold 0, multiplier 1), e.g. {@code Member}
 * @param tiers         the tiers above the base, in any order; thresholds positive and distinct
 */
public record ProgramDraft(String name, String currency, BigDecimal pointsPerUnit, int pendingDays, int expiryMonths,
        BigDecimal pointValue, String baseTierName, List<Tier> tiers) {

    /** The base tier's name when none is given. */
    public static final String DEFAULT_BASE_TIER = "Member";
    /** Pending days when none are given. */
    public static final int DEFAULT_PENDING_DAYS = 0;
    /** Expiry months when none are given. */
    public static final int DEFAULT_EXPIRY_MONTHS = 12;
    /** The value of a point when none is given: one cent of the currency. */
    public static final BigDecimal DEFAULT_POINT_VALUE = new BigDecimal("0.01");

    /** Copies the tiers. */
    public ProgramDraft {
        Objects.requireNonNull(name, "name");
        tiers = List.copyOf(tiers);
    }

    /** A program with the defaults: no pending days, 12 months expiry, a point worth 0.01, only the base tier. */
    public static ProgramDraft of(String name, String currency, BigDecimal pointsPerUnit) {
        return new ProgramDraft(name, currency, pointsPerUnit, DEFAULT_PENDING_DAYS, DEFAULT_EXPIRY_MONTHS,
                DEFAULT_POINT_VALUE, DEFAULT_BASE_TIER, List.of());
    }
}
