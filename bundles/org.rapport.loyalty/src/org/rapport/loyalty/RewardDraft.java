package org.rapport.loyalty;

import java.time.LocalDate;

/**
 * What a new reward is made of.
 *
 * @param code      unique in the program (letters, digits, '-', '_')
 * @param name      what it is; the code when {@code null}
 * @param points    its price in points, positive
 * @param stock     how many there are, or {@code null} for unlimited
 * @param validFrom first day, or {@code null}
 * @param validTo   last day, or {@code null}
 */
public record RewardDraft(String code, String name, long points, Integer stock, LocalDate validFrom, LocalDate validTo) {
}
