package org.rapport.pipeline;

import java.util.List;

/**
 * One column of the kanban board.
 *
 * @param stage    the stage
 * @param count    how many deals are in it (all of them, not only the cards read)
 * @param totals   their amounts summed, one per currency, largest first
 * @param weighted their weighted amounts (amount x probability) summed, one per currency, in the order of totals
 * @param cards    the first {@link BoardQuery#cardsPerStage()} deals: open ones by expected close date, closed ones
 *                 most recently closed first
 */
public record BoardColumn(Stage stage, int count, List<Money> totals, List<Money> weighted, List<OpportunitySummary> cards) {

    /** Copies the lists. */
    public BoardColumn {
        totals = List.copyOf(totals);
        weighted = List.copyOf(weighted);
        cards = List.copyOf(cards);
    }

    /** Whether some deals are not among the cards. */
    public boolean hasMore() {
        return cards.size() < count;
    }
}
