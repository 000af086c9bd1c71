package org.rapport.loyalty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loyalty programs, their rewards and members. Methods may read or write the database: call them from a background
 * job, never the UI thread.
 */
public interface ProgramService {

    /**
     * Creates a program with its base tier and tiers.
     *
     * @throws LoyaltyException when a value is invalid or the name is taken
     */
    Program create(ProgramDraft draft);

    /** Every program, by name. */
    List<Program> programs();

    /** The program with this id. */
    Optional<Program> program(long id);

    /** The program with this name (ignoring case). */
    Optional<Program> programNamed(String name);

    /**
     * Adds a reward to a program's catalog.
     *
     * @throws LoyaltyException for an unknown program, a taken code or an invalid value
     */
    Reward addReward(long programId, RewardDraft draft);

    /** A program's rewards, by points then code. */
    List<Reward> rewards(long programId);

    /** A program's reward by code (ignoring case). */
    Optional<Reward> reward(long programId, String code);

    /**
     * Enrols a contact in a program on a day, in the base tier; enrolling a member again returns the membership.
     *
     * @throws LoyaltyException for an unknown program
     */
    Member enroll(long programId, long personId, LocalDate day);

    /** The membership of a contact in a program. */
    Optional<Member> member(long programId, long personId);

    /** The programs a contact is enrolled in (their memberships). */
    List<Member> memberships(long personId);

    /**
     * A page of a program's members by person id, with their points as of {@code day}, for a virtual list.
     *
     * @param offset the first row (0-based)
     * @param limit  at most this many rows
     */
    Page<MemberRow> members(long programId, LocalDate day, int offset, int limit);

    /** How many members a program has. */
    long memberCount(long programId);
}
