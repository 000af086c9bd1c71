package org.rapport.loyalty.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of a transactions file as read, before it is checked against the database.
 *
 * @param line      the file's line number
 * @param day       the date
 * @param email     the member's email address
 * @param amount    the amount
 * @param currency  the currency code
 * @param reference the transaction's reference
 * @param refund    whether it is a refund
 * @param refunds   the refunded purchase's reference (refunds), or empty
 * @param category  the optional {@code category} column's value, or {@code null}
 */
record TransactionRow(long line, LocalDate day, String email, BigDecimal amount, String currency, String reference,
        boolean refund, String refunds, String category) {
}
