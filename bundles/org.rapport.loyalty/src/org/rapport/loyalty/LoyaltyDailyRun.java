package org.rapport.loyalty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The workbench's daily loyalty work, for every program: expiry, the birthday bonuses, and on the first of a month the
 * tier review. It runs when the workbench starts (catching up the days it missed) and then every day after midnight,
 * in background jobs; {@code rapport-cli} never starts it (scripts call {@code loyalty expire}). Getting this service
 * starts it.
 */
public interface LoyaltyDailyRun {

    /** The last business day fully run, if any. */
    Optional<LocalDate> lastRun();

    /** The next time it runs, as a day (today while a run is due, else tomorrow). */
    LocalDate nextRun();

    /**
     * Runs the days not yet run up to and including {@code day} now, on the calling thread (at most the last 31 days:
     * expiry and reviews catch up by themselves, birthdays further back are not worth a late present).
     *
     * @return the days run
     */
    java.util.List<LocalDate> runThrough(LocalDate day);
}
