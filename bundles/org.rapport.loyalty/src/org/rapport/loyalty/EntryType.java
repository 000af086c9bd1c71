package org.rapport.loyalty;

/** The kinds of ledger entries. Credits create earned lots; debits record the lots they drew from. */
public enum EntryType {
    /** Points of a purchase (credit, pending until purchase date + pending days). */
    EARN,
    /** Points of a bonus rule or event (credit). */
    BONUS,
    /** A reward redeemed (debit). */
    REDEEM,
    /** Lots that reached the end of their validity (debit). */
    EXPIRE,
    /** A refund's share of the refunded purchase's points (debit). */
    CANCEL,
    /** A manual correction with reason and user: a credit when positive, a debit when negative. */
    ADJUST;

    /** Whether entries of this type add points (ADJUST depends on its sign). */
    public boolean credits() {
        return this == EARN || this == BONUS;
    }
}
