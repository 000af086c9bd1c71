package org.rapport.pipeline;

import java.util.List;

/**
 * A kanban board: a pipeline's columns, in stage order.
 *
 * @param query    what it shows
 * @param pipeline the pipeline
 * @param columns  one per stage, in the pipeline's order
 */
public record Board(BoardQuery query, Pipeline pipeline, List<BoardColumn> columns) {

    /** Copies the columns. */
    public Board {
        columns = List.copyOf(columns);
    }

    /** How many deals the board counts in all columns. */
    public int count() {
        return columns.stream().mapToInt(BoardColumn::count).sum();
    }
}
