package org.rapport.loyalty;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule would have awarded over a past period, had it applied then: over the purchases of the program's ledger
 * (a category rule's extra points) and the events loyalty has seen (won deals, satisfied complaints, ambassadors,
 * members' birthdays). Nothing is written.
 *
 * @param from    the first day looked at
 * @param to      the last day looked at
 * @param awards  how many awards it would have made
 * @param members how many different members would have had one
 * @param points  the points it would have awarded in all
 * @param largest the largest awards, biggest first (at most ten)
 */
public record RuleSimulation(LocalDate from, LocalDate to, long awards, long members, long points,
        List<SimulatedAward> largest) {

    /** Copies the list. */
    public RuleSimulation {
        largest = List.copyOf(largest);
    }

    /**
     * One award the rule would have made.
     *
     * @param personId the member's contact
     * @param day      the day of the event or purchase
     * @param points   the points
     * @param what     what it would have been for, e.g. {@code won deal 42}
     */
    public record SimulatedAward(long personId, LocalDate day, long points, String what) {
    }
}
