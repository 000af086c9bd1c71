package org.rapport.pipeline;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in one currency. Sums over records are kept per currency: Rapport never converts between currencies.
 *
 * @param amount   the amount
 * @param currency the ISO 4217 code, e.g. {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

    /** Checks the parts. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
