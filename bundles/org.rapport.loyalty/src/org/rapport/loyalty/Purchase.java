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
 * @param category  what was bought (the import's optional {@code category} column), or {@code null}: category rules
 *                  multiply its points
 */
public record Purchase(long programId, long personId, LocalDate day, BigDecimal amount, String currency, String reference,
        String category) {

    /** A purchase without a category. */
    public Purchase(long programId, long personId, LocalDate day, BigDecimal amount, String currency, String reference) {
        this(programId, personId, day, amount, currency, reference, null);
    }
}
