package org.rapport.loyalty;

/**
 * What a refund cancelled.
 *
 * @param entry      the CANCEL entry (its points are what was taken), or {@code null} when nothing was taken
 * @param share      the points of the purchase the refund cancels (its share, rounded down)
 * @param fromPurchase taken from the purchase's own lot
 * @param fromOthers taken from the member's other available points, oldest first
 * @param shortfall  what could not be taken because the balance would go below zero
 */
public record RefundResult(LedgerEntry entry, long share, long fromPurchase, long fromOthers, long shortfall) {
}
