package org.rapport.loyalty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The points ledger: every change of a member's points is an entry that is never changed or deleted; balances,
 * tiers and statements are derived from it. Each write on a member is serialized by the database (the member's
 * account row is locked), so concurrent redemptions never overdraw. Methods read or write the database: call them
 * from a background job, never the UI thread.
 */
public interface LedgerService {

    /**
     * Records a purchase: earns ⌊amount × points per unit × the multiplier of the member's tier on the day⌋, pending
     * until day + pending days, expiring at the end of the month expiry-months after the day's month; then upgrades the
     * member when the points earned in 12 months reach a higher tier (the purchase itself earned at the old tier).
     *
     * @throws LoyaltyException for an unknown member, a wrong currency, a negative amount or a reference already used
     */
    EarnResult earn(Purchase purchase);

    /**
     * Records a refund: cancels the refunded share of the purchase's points (rounded down), taken from the purchase's
     * lot first, then from the member's other available points oldest first; what cannot be taken is reported as the
     * shortfall (a balance never goes below zero).
     *
     * @throws LoyaltyException for an unknown purchase, a wrong currency, an amount beyond what is left to refund or a
     *                          reference already used
     */
    RefundResult refund(Refund refund);

    /**
     * Redeems a reward on a day: consumes the lots available on that day, oldest earned first, and takes one from the
     * reward's stock. Refused (nothing written) when they do not cover the price, the reward is out of stock or not
     * valid that day.
     *
     * @throws LoyaltyException for an unknown member or reward
     */
    Redemption redeem(long programId, long personId, String rewardCode, LocalDate day);

    /**
     * A manual correction: positive points are a new lot (available at once), negative ones are taken from the
     * available points oldest first and refused beyond them.
     *
     * @param reason why, required
     * @param user   who, required
     * @throws LoyaltyException when the reason or user is missing, or a debit exceeds the available points
     */
    LedgerEntry adjust(long programId, long personId, long points, String reason, String user, LocalDate day);

    /**
     * Awards bonus points (a rule, an event of another domain): a BONUS entry, available at once (no pending days),
     * expiring like purchases, counted for tiers. Idempotent by {@code sourceRef}: a second award with the same source
     * reference in the program writes nothing.
     *
     * @param points    positive
     * @param reason    shown on the ledger, e.g. {@code Satisfied complaint}
     * @param sourceRef what it was awarded for, unique per program, e.g. {@code case:42}
     * @return the new entry, or empty when that source reference was awarded already
     * @throws LoyaltyException for an unknown member or non-positive points
     */
    Optional<LedgerEntry> award(long programId, long personId, long points, String reason, LocalDate day, String sourceRef);

    /**
     * A member's statement as of a day: the ledger up to and including that day (what was earned, spent, expired or
     * cancelled after it does not count; the tier is the member's current one).
     *
     * @throws LoyaltyException for an unknown member
     */
    Statement statement(long programId, long personId, LocalDate day);

    /** A page of a member's ledger, newest first. */
    Page<LedgerEntry> ledger(long programId, long personId, int offset, int limit);

    /**
     * Expires every lot of the program whose last usable day is before {@code day}, with EXPIRE entries recording the
     * lots. Running it again the same day finds nothing more.
     */
    ExpiryRun expire(long programId, LocalDate day);

    /**
     * The monthly tier review on the first day of a month: each member whose points earned from the same day a year
     * earlier through the day before are below the current tier's threshold moves down one tier. A program is reviewed
     * once per day; {@code day} must be the first of a month.
     *
     * @throws LoyaltyException when {@code day} is not the first of a month
     */
    ReviewResult review(long programId, LocalDate day);
}
