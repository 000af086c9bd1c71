package org.rapport.loyalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.rapport.core.Revision;

/**
 * A loyalty program as stored.
 *
 * @param id            its id
 * @param name          its name, unique
 * @param currency      the ISO currency code purchases must be in, e.g. {@code EUR}
 * @param pointsPerUnit points earned per unit of currency spent (before the tier multiplier)
 * @param pendingDays   days after the purchase before its points can be redeemed
 * @param expiryMonths  months after the month of earning at whose end a lot expires; 0: points never expire
 * @param pointValue    what one point is worth in the currency (for the liability of outstanding points)
 * @param tiers         the tiers from the base tier (threshold 0) up, by threshold
 * @param revision      version and audit fields
 */
public record Program(long id, String name, String currency, BigDecimal pointsPerUnit, int pendingDays, int expiryMonths,
        BigDecimal pointValue, List<Tier> tiers, Revision revision) {

    /** Copies the tiers. */
    public Program {
        tiers = List.copyOf(tiers);
    }

    /** The base tier, every new member's. */
    public Tier baseTier() {
        return tiers.get(0);
    }

    /** The tier of this name, if the program has one. */
    public Optional<Tier> tier(String tierName) {
        return tiers.stream().filter(t -> t.name().equals(tierName)).findFirst();
    }

    /** The tier above the named one, if any. */
    public Optional<Tier> tierAbove(String tierName) {
        for (int i = 0; i < tiers.size() - 1; i++) {
            if (tiers.get(i).name().equals(tierName)) {
                return Optional.of(tiers.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
