package org.rapport.loyalty;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The dashboard's figures, computed by the database from the ledger. Call from a background job. */
public interface LoyaltyStatistics {

    /**
     * Points issued, redeemed, expired and cancelled per month, from {@code from} through {@code to}, one entry a
     * month (zeros for a month without entries).
     */
    List<MonthFigures> months(long programId, YearMonth from, YearMonth to);

    /**
     * The outstanding points on a day and what they are worth.
     *
     * @throws LoyaltyException for an unknown program
     */
    Liability liability(long programId, LocalDate day);
}
