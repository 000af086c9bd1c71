package org.rapport.contacts.ui.internal.duplicates;

import java.util.Comparator;
import java.util.List;

import org.rapport.contacts.duplicates.DuplicatePair;
import org.rapport.ui.table.Column;

/** The columns of the list of likely duplicates, and how each sorts. */
final class PairColumns {

    static final int SCORE = 0;
    static final int FIRST = 1;
    static final int SECOND = 2;
    static final int REASON = 3;

    private static final Comparator<DuplicatePair> BY_SCORE = Comparator.comparingDouble(DuplicatePair::score);
    private static final Comparator<DuplicatePair> BY_FIRST = Comparator.comparing(
            (DuplicatePair p) -> p.first().displayName(), String.CASE_INSENSITIVE_ORDER);
    private static final Comparator<DuplicatePair> BY_SECOND = Comparator.comparing(
            (DuplicatePair p) -> p.second().displayName(), String.CASE_INSENSITIVE_ORDER);
    private static final Comparator<DuplicatePair> BY_REASON = Comparator.comparing(
            (DuplicatePair p) -> p.reasons().get(0).kind()).thenComparing(BY_SCORE.reversed());

    private PairColumns() {
    }

    static List<Column<DuplicatePair>> columns() {
        return List.of(new Column<>("Score", 60, p -> p.percent() + "%"),
                new Column<>("Person", 170, p -> p.first().displayName() + " (#" + p.first().id() + ")"),
                new Column<>("Possible duplicate", 170, p -> p.second().displayName() + " (#" + p.second().id() + ")"),
                new Column<>("Why", 330, DuplicatePair::reasonText));
    }

    /** The order of a column, ascending (the score's natural order is its ascending one too). */
    static Comparator<DuplicatePair> order(int column) {
        return switch (column) {
            case SCORE -> BY_SCORE;
            case FIRST -> BY_FIRST.thenComparing(BY_SCORE.reversed());
            case SECOND -> BY_SECOND.thenComparing(BY_SCORE.reversed());
            case REASON -> BY_REASON;
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    /** Whether a first click on the column sorts down (the best score first), else up. */
    static boolean descendingFirst(int column) {
        return column == SCORE;
    }
}
