package org.rapport.loyalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The earning rules of programs: category multipliers and bonuses on events of the other domains (a won deal, a
 * satisfied complaint, a community ambassador, a birthday), each with validity dates and an optional target segment.
 * A bonus is awarded once per event and member (by its source reference on the ledger), however often the event is
 * told. Methods read or write the database: call them from a background job.
 */
public interface RuleService {

    /**
     * Adds a rule to a program.
     *
     * @throws LoyaltyException for an unknown program or an invalid rule ({@link #problems})
     */
    EarningRule add(long programId, RuleDraft draft);

    /**
     * Changes a rule's settings (awards already made stay as they are).
     *
     * @throws LoyaltyException for an unknown rule or invalid settings
     */
    EarningRule update(long ruleId, RuleDraft draft);

    /** Pauses ({@code false}) or resumes a rule. */
    EarningRule setActive(long ruleId, boolean active);

    /** Deletes a rule; its past awards stay on the ledger. An unknown id is ignored. */
    void delete(long ruleId);

    /** A program's rules, by kind then name. */
    List<EarningRule> rules(long programId);

    /** A rule by id. */
    Optional<EarningRule> rule(long ruleId);

    /** What is wrong with a rule's settings, one sentence each; empty when it can be saved. */
    List<String> problems(RuleDraft draft);

    /**
     * What a rule would have awarded in a program over the {@code days} days up to and including {@code to}.
     *
     * @throws LoyaltyException for an unknown program, invalid settings, or {@code days} not 1 to 3660
     */
    RuleSimulation simulate(long programId, RuleDraft draft, LocalDate to, int days);

    /**
     * Gives the bonus of every rule of this kind that applies on the day to the person in each program they are a
     * member of. This is what the event subscribers call; it is public so that a test or an import can tell an event
     * loyalty missed. Idempotent by {@code eventKey}.
     *
     * @param kind     a bonus kind (not {@link RuleKind#CATEGORY})
     * @param personId the contact
     * @param eventKey what happened, unique for the kind, e.g. {@code 42} for case 42
     * @param amount   a won deal's amount (with {@code currency}), else {@code null}
     * @param currency the amount's currency, else {@code null}
     * @param day      the day it counts on
     * @return the points awarded, over all programs (0 when no rule applied or it was awarded before)
     */
    long onEvent(RuleKind kind, long personId, String eventKey, java.math.BigDecimal amount, String currency,
            LocalDate day);
}
