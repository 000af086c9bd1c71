package org.rapport.loyalty;

import java.util.Optional;

/**
 * The outcome of a redemption: the REDEEM entry, or the reason it was refused (then nothing was written).
 *
 * @param entry   the entry, or {@code null} when refused
 * @param refusal why it was refused, or {@code null}
 */
public record Redemption(LedgerEntry entry, String refusal) {

    /** Whether the reward was redeemed. */
    public boolean redeemed() {
        return entry != null;
    }

    /** The reason when refused. */
    public Optional<String> refused() {
        return Optional.ofNullable(refusal);
    }
}
