package org.rapport.loyalty;

import java.time.LocalDate;

/**
 * A reward of a program's catalog.
 *
 * @param id        its id
 * @param programId its program
 * @param code      its code, unique in the program, e.g. {@code COFFEE}
 * @param name      what it is
 * @param points    what it costs
 * @param stock     how many are left, or {@code null} when unlimited
 * @param validFrom the first day it can be redeemed, or {@code null}
 * @param validTo   the last day it can be redeemed, or {@code null}
 */
public record Reward(long id, long programId, String code, String name, long points, Integer stock, LocalDate validFrom,
        LocalDate validTo) {

    /** Whether it can be redeemed on {@code day} as far as its validity goes. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
