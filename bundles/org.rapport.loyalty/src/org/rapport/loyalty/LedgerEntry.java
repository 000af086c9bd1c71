package org.rapport.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a member's ledger. Entries are never changed or deleted.
 *
 * @param id            its id (ledger order)
 * @param programId     the program
 * @param personId      the member's contact
 * @param type          what happened
 * @param points        the points, positive for a credit, negative for a debit
 * @param day           the business day it counts on
 * @param availableFrom for a credit, the first day its points can be spent; otherwise {@code null}
 * @param expiresOn     for a credit, the last day its points can be spent ({@code null}: never expire)
 * @param reason        why (the reward, the rule, the adjustment's reason, the refunded purchase)
 * @param reference     the transaction's reference (purchase, refund) or a rule's source reference, or {@code null}
 * @param amount        the purchase or refund amount, or {@code null}
 * @param user          who wrote it
 * @param recordedAt    when it was written
 */
public record LedgerEntry(long id, long programId, long personId, EntryType type, long points, LocalDate day,
        LocalDate availableFrom, LocalDate expiresOn, String reason, String reference, BigDecimal amount, String user,
        Instant recordedAt) {
}
