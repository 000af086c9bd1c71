package org.rapport.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A refund of (part of) an earlier purchase.
 *
 * @param programId the program
 * @param personId  the member's contact (the purchase's)
 * @param day       the refund day
 * @param amount    the amount refunded, positive, at most what is left of the purchase
 * @param currency  must be the program's
 * @param reference the refund's own reference, unique in the program
 * @param refunds   the reference of the purchase it refunds
 */
public record Refund(long programId, long personId, LocalDate day, BigDecimal amount, String currency, String reference,
        String refunds) {
}
