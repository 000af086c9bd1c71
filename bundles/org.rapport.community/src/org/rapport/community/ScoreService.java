package org.rapport.community;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Orbit model's scores of the community's members, deterministic and explainable: love (weighted activity in a
 * look-back window), orbit levels 1 (advocates) to 4 (explorers) that move up at once and down only at the periodic
 * review, reach (decaying connections to other members), gravity (love × reach) and the community's months (members
 * per level, gravity). Staff members have no score and count in no figure. See {@link ScoringRules} for the figures.
 * <p>
 * Scores follow new activity by themselves (a member's score a few milliseconds after the commit); a full recompute
 * follows bulk changes and weight changes, and the review runs on its day. Changes post
 * {@link CommunityTopics#SCORES_CHANGED}.
 */
public interface ScoreService {

    /** A member's stored score; empty for staff, unknown members and members not scored yet. */
    Optional<MemberScore> score(long memberId);

    /** The stored scores of these members (for a page of a list), by member id; staff and unscored are absent. */
    Map<Long, MemberScore> scores(Collection<Long> memberIds);

    /** Scored members, at one level or at any ({@code null}), highest gravity first, a page at a time. */
    List<MemberScore> ranked(OrbitLevel level, int offset, int limit);

    /** Members per level now (index 0 = level 1). */
    int[] membersPerLevel();

    /** Why a member has its score, as of now; empty for staff and unknown members. */
    Optional<ScoreExplanation> explain(long memberId);

    /** A member's level changes from joining to now, oldest first (computed from the member's activities). */
    List<LevelChange> levelHistory(long memberId);

    /** The community's last {@code months} months (the current one last): members per level and gravity. */
    List<OrbitSnapshot> orbit(int months);

    /** Computes every score again as of {@code asOf} (after weights or rules changed, or by hand). */
    RecomputeSummary rescore(Instant asOf);

    /**
     * The periodic review as of {@code at}: every score computed again, with every review due by then applied (members
     * whose window fell below their level move down).
     */
    RecomputeSummary review(Instant at);

    /** Runs {@link #review} as of now if a review fell due since the last full computation; empty otherwise. */
    Optional<RecomputeSummary> reviewIfDue();

    /** When the next review falls after {@code time}. */
    Instant nextReview(Instant time);

    /** The rules in force. */
    ScoringRules rules();

    /** Changes the rules (kept in the database) and computes every score again. */
    RecomputeSummary setRules(ScoringRules rules);
}
