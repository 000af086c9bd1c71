package org.rapport.pipeline;

import java.time.LocalDate;

/**
 * What a kanban board shows: one pipeline, optionally one rep's or one person's deals.
 *
 * @param pipelineId    the pipeline
 * @param owner         only this rep's deals, or {@code null} for everyone's
 * @param personId      only deals with this person, or {@code null}
 * @param cardsPerStage the most cards read per column (the counts and totals always cover all)
 * @param closedSince   won and lost columns count deals closed on or after this day; {@code null} for all
 */
public record BoardQuery(long pipelineId, String owner, Long personId, int cardsPerStage, LocalDate closedSince) {

    /** The default number of cards read per column. */
    public static final int DEFAULT_CARDS = 50;

    /** Checks the card limit. */
    public BoardQuery {
        if (cardsPerStage < 0) {
            throw new IllegalArgumentException("cardsPerStage must be 0 or more, was " + cardsPerStage);
        }
        owner = owner == null || owner.isBlank() ? null : owner;
    }

    /** Everyone's deals of a pipeline, closed ones of the last 30 days. */
    public static BoardQuery of(long pipelineId) {
        return new BoardQuery(pipelineId, null, null, DEFAULT_CARDS, LocalDate.now().minusDays(30));
    }

    /** The same board for one rep ({@code null}: everyone). */
    public BoardQuery ownedBy(String rep) {
        return new BoardQuery(pipelineId, rep, personId, cardsPerStage, closedSince);
    }

    /** The same board for one person ({@code null}: everyone). */
    public BoardQuery withPerson(Long id) {
        return new BoardQuery(pipelineId, owner, id, cardsPerStage, closedSince);
    }
}
