package org.rapport.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase that earns points.
 *
 * @param programId the program
 * @param personId  the member's contact
 * @param day       the purchase day
 * @param amount    the amount, 0 or more
 * @param currency  must be the program's
 * @param reference unique in the program (the POS/ERP receipt number); a purchase is recorded once per reference
 */
public record Purchase(long programId, long personId, LocalDate day, BigDecimal amount, String currency, String reference) {
}
