package org.rapport.pipeline.ui.internal.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.pipeline.Board;
import org.rapport.pipeline.BoardColumn;
import org.rapport.pipeline.Money;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;

/**
 * What the board shows, as the UI thread changes it: the columns of a {@link Board} read by the service, with their
 * counts, totals and the cards read so far. A card move changes it at once (count, totals, the card in its new
 * column), before the service has written the move, so the board never waits for the database.
 */
public final class BoardModel {

    /** Cards of a column are shown by expected close date (none last), as the service reads them. */
    static final Comparator<OpportunitySummary> ORDER = Comparator.comparing(OpportunitySummary::expectedClose,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(OpportunitySummary::id);

    /** One column: a stage, how many deals it holds in all, their sums per currency, and the cards read. */
    public static final class Column {
        private final Stage stage;
        private int count;
        private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
        private final Map<String, BigDecimal> weighted = new LinkedHashMap<>();
        private final List<OpportunitySummary> cards;

        Column(BoardColumn column) {
            stage = column.stage();
            count = column.count();
            column.totals().forEach(m -> totals.put(m.currency(), m.amount()));
            column.weighted().forEach(m -> weighted.put(m.currency(), m.amount()));
            cards = new ArrayList<>(column.cards());
        }

        public Stage stage() {
            return stage;
        }

        /** How many deals the stage holds (not only the cards read). */
        public int count() {
            return count;
        }

        /** The amounts summed per currency, largest first. */
        public List<Money> totals() {
            return sorted(totals);
        }

        /** The weighted amounts summed per currency, in the order of {@link #totals()}. */
        public List<Money> weighted() {
            List<Money> result = new ArrayList<>();
            for (Money total : totals()) {
                result.add(new Money(weighted.getOrDefault(total.currency(), BigDecimal.ZERO), total.currency()));
            }
            return result;
        }

        /** The cards read, in board order. */
        public List<OpportunitySummary> cards() {
            return List.copyOf(cards);
        }

        /** How many deals are not among the cards read. */
        public int more() {
            return Math.max(0, count - cards.size());
        }

        int cardCount() {
            return cards.size();
        }

        OpportunitySummary card(int index) {
            return cards.get(index);
        }

        private void add(OpportunitySummary card) {
            int at = 0;
            while (at < cards.size() && ORDER.compare(cards.get(at), card) < 0) {
                at++;
            }
            cards.add(at, card);
            count++;
            totals.merge(card.currency(), card.amount(), BigDecimal::add);
            weighted.merge(card.currency(), card.weightedAmount(), BigDecimal::add);
        }

        private void remove(OpportunitySummary card) {
            cards.removeIf(c -> c.id() == card.id());
            count = Math.max(0, count - 1);
            totals.merge(card.currency(), card.amount().negate(), BigDecimal::add);
            weighted.merge(card.currency(), card.weightedAmount().negate(), BigDecimal::add);
            totals.entrySet().removeIf(e -> e.getValue().signum() == 0 && count == 0);
        }

        private static List<Money> sorted(Map<String, BigDecimal> sums) {
            return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey()))
                    .sorted(Comparator.comparing(Money::amount).reversed()).toList();
        }
    }

    private final Board board;
    private final List<Column> columns = new ArrayList<>();

    /** The model of a board as read. */
    public BoardModel(Board board) {
        this.board = board;
        board.columns().forEach(c -> columns.add(new Column(c)));
    }

    /** The board as read (its query and pipeline). */
    public Board board() {
        return board;
    }

    /** The columns in stage order. */
    public List<Column> columns() {
        return List.copyOf(columns);
    }

    /** The column of a stage, or empty. */
    public Optional<Column> column(long stageId) {
        return columns.stream().filter(c -> c.stage.id() == stageId).findFirst();
    }

    /** A card read, wherever it is, or empty. */
    public Optional<OpportunitySummary> card(long opportunityId) {
        for (Column column : columns) {
            for (OpportunitySummary card : column.cards) {
                if (card.id() == opportunityId) {
                    return Optional.of(card);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Shows a card in another column: counts, totals and the card itself (its stage, status and probability as they
     * follow from the stage) change at once.
     *
     * @return the card as it is now, or empty when it is not on the board or the stage is not
     */
    public Optional<OpportunitySummary> move(long opportunityId, long toStageId) {
        Optional<OpportunitySummary> found = card(opportunityId);
        Optional<Column> target = column(toStageId);
        if (found.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        OpportunitySummary card = found.get();
        if (card.stageId() == toStageId) {
            return found;
        }
        column(card.stageId()).ifPresent(source -> source.remove(card));
        Stage from = column(card.stageId()).map(Column::stage).orElse(null);
        OpportunitySummary moved = inStage(card, from, target.get().stage, card.version());
        target.get().add(moved);
        return Optional.of(moved);
    }

    /** Replaces a card by what the service says now (e.g. its new version after a write), in place. */
    public void update(long opportunityId, int version) {
        for (Column column : columns) {
            for (int i = 0; i < column.cards.size(); i++) {
                OpportunitySummary c = column.cards.get(i);
                if (c.id() == opportunityId) {
                    column.cards.set(i, withVersion(c, version));
                }
            }
        }
    }

    /** Adds more cards read for a column (the "+ N more" line). */
    public void append(long stageId, List<OpportunitySummary> more) {
        column(stageId).ifPresent(column -> {
            for (OpportunitySummary card : more) {
                if (column.cards.stream().noneMatch(c -> c.id() == card.id())) {
                    column.cards.add(card);
                }
            }
        });
    }

    /** How many deals the board counts in all columns. */
    public int count() {
        return columns.stream().mapToInt(Column::count).sum();
    }

    private static OpportunitySummary inStage(OpportunitySummary c, Stage from, Stage to, int version) {
        int probability;
        if (to.kind() == StageKind.WON) {
            probability = 100;
        } else if (to.kind() == StageKind.LOST) {
            probability = 0;
        } else if (from != null && from.kind() == StageKind.OPEN && c.probability() != from.probability()) {
            probability = c.probability(); // an override stays
        } else {
            probability = to.probability();
        }
        return new OpportunitySummary(c.id(), version, c.title(), c.personId(), c.personName(), c.organizationId(),
                c.organizationName(), c.pipelineId(), to.id(), to.name(), to.kind().status(), c.amount(), c.currency(),
                probability, c.expectedClose(), c.owner(), c.nextStep());
    }

    private static OpportunitySummary withVersion(OpportunitySummary c, int version) {
        return new OpportunitySummary(c.id(), version, c.title(), c.personId(), c.personName(), c.organizationId(),
                c.organizationName(), c.pipelineId(), c.stageId(), c.stageName(), c.status(), c.amount(), c.currency(),
                c.probability(), c.expectedClose(), c.owner(), c.nextStep());
    }
}
