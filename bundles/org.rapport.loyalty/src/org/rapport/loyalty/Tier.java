package org.rapport.loyalty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier of a program. A member reaches it when the points earned in the 12 months up to a day reach its threshold;
 * purchases then earn at its multiplier.
 *
 * @param name       its name, unique in the program, e.g. {@code Gold}
 * @param threshold  the points earned in 12 months that qualify (0 for the base tier)
 * @param multiplier what a purchase's points are multiplied by (1 for the base tier), positive
 */
public record Tier(String name, long threshold, BigDecimal multiplier) {

    /** Checks the parts. */
    public Tier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(multiplier, "multiplier");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a tier needs a name");
        }
        if (threshold < 0) {
            throw new IllegalArgumentException("tier " + name + ": the threshold cannot be negative");
        }
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException("tier " + name + ": the multiplier must be positive");
        }
    }
}
