/**
 * The loyalty domain: programs (currency, points per unit, pending days, expiry, tiers), rewards, members (contacts
 * enrolled by person id) and the append-only points ledger whose every spend records the earned lots it drew from.
 * Services are OSGi services; their objects are plain Java records (the JPA entities are internal). Dates are business
 * days ({@link java.time.LocalDate}), amounts {@link java.math.BigDecimal}, points {@code long}. Changes are posted on
 * EventAdmin under {@link org.rapport.loyalty.LoyaltyTopics}.
 */
package org.rapport.loyalty;
