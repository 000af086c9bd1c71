package org.rapport.loyalty;

import java.util.Optional;

/**
 * What a purchase earned.
 *
 * @param entry       the EARN entry
 * @param tierBefore  the tier it earned at
 * @param tierAfter   the tier after it (higher when it reached a threshold)
 */
public record EarnResult(LedgerEntry entry, String tierBefore, String tierAfter) {

    /** The new tier when the purchase upgraded the member. */
    public Optional<String> upgrade() {
        return tierBefore.equals(tierAfter) ? Optional.empty() : Optional.of(tierAfter);
    }
}
