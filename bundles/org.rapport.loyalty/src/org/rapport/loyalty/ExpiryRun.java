package org.rapport.loyalty;

import java.time.LocalDate;

/**
 * What an expiry run did.
 *
 * @param programId the program
 * @param day       the day it ran as of (lots usable through the day before expired)
 * @param members   members who lost points
 * @param lots      lots expired
 * @param points    points expired
 */
public record ExpiryRun(long programId, LocalDate day, long members, long lots, long points) {
}
