package org.rapport.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.rapport.persistence.DatabaseInfo;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.Stage;
import org.rapport.pipeline.StageKind;

/**
 * Writes many generated opportunities straight into the pipeline tables with batched JDBC, a transaction per few
 * thousand (ids drawn from the pipeline unit's sequences), for benchmarks: {@code open} deals spread over the open
 * stages of a pipeline, each with its current stage visit, the rest won or lost (closed on their close date), with
 * close dates spread over two years and eight reps; then the pipeline's forecast cells are summed up again from the
 * deals. The same every time for a seed. Saving each deal through the opportunity service would take hours for
 * 100,000 deals; like {@link SyntheticPeople}, this skips validation, events and the timeline.
 */
public final class SyntheticDeals {

    private static final int CHUNK = 5_000;
    private static final int OPPORTUNITY_IDS = 500;
    private static final int VISIT_IDS = 500;
    private static final int CELL_IDS = 100;
    private static final String[] OWNERS = { "anna.keller", "ben.osei", "chloe.martin", "david.lind", "eva.berg",
            "farid.haddad", "gina.rossi", "hugo.moreau" };

    private final Random random;

    /** Deals drawn with this seed. */
    public SyntheticDeals(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Inserts {@code total} deals into the pipeline, {@code open} of them open, closing (or expected to close) in the
     * two years from {@code firstDay}; returns how many were written.
     *
     * @param database an embedded Derby database whose pipeline tables exist (the pipeline unit opened it once)
     */
    public int insert(DatabaseInfo database, Pipeline pipeline, int total, int open, LocalDate firstDay) {
        try (Connection c = EmbeddedDatabase.connect(database)) {
            c.setAutoCommit(false);
            try {
                int written = 0;
                while (written < total) {
                    int chunk = Math.min(CHUNK, total - written);
                    writeDeals(c, pipeline, written, chunk, open, firstDay);
                    c.commit();
                    written += chunk;
                }
                rebuildForecastCells(c, pipeline.id());
                c.commit();
                return written;
            } catch (SQLException | RuntimeException e) {
                c.rollback(); // the chunk in flight; Derby refuses to close a connection inside a transaction
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing synthetic deals failed: " + e.getMessage(), e);
        }
    }

    private void writeDeals(Connection c, Pipeline pipeline, int from, int count, int open, LocalDate firstDay)
            throws SQLException {
        List<Stage> stages = pipeline.stages();
        List<Stage> openStages = stages.stream().filter(s -> s.kind() == StageKind.OPEN).toList();
        Stage won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        Stage lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement deal = c.prepareStatement("INSERT INTO PL_OPPORTUNITY (ID, VERSION, CREATED_AT, CREATED_BY,"
                + " UPDATED_AT, UPDATED_BY, TITLE, TITLE_KEY, PERSON_ID, PERSON_NAME, ORGANIZATION_ID, ORGANIZATION_NAME,"
                + " AMOUNT, AMOUNT_CENTS, WEIGHTED_CENTS, WON_CENTS, CURRENCY, PIPELINE_ID, STAGE_ID, STAGE_POSITION,"
                + " PROBABILITY_OVERRIDE, PROBABILITY, EXPECTED_CLOSE, CLOSE_MONTH, OWNER, SOURCE_CAMPAIGN_ID, NEXT_STEP,"
                + " STATUS, LOST_REASON, CLOSED_ON) VALUES (?, 1, ?, 'synthetic', ?, 'synthetic', ?, ?, ?, ?, NULL, '',"
                + " ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, '', ?, ?, ?)");
                PreparedStatement visit = c.prepareStatement("INSERT INTO PL_STAGE_VISIT (ID, VERSION, CREATED_AT,"
                        + " CREATED_BY, UPDATED_AT, UPDATED_BY, OPPORTUNITY_ID, PERSON_ID, STAGE_ID, ENTERED_AT, UNDONE,"
                        + " CHANGED_BY) VALUES (?, 1, ?, 'synthetic', ?, 'synthetic', ?, ?, ?, ?, 0, 'synthetic')");
                IdBlock dealIds = new IdBlock(c, "PL_OPPORTUNITY_SEQ", OPPORTUNITY_IDS);
                IdBlock visitIds = new IdBlock(c, "PL_STAGE_VISIT_SEQ", VISIT_IDS)) {
            for (int i = from; i < from + count; i++) {
                boolean isOpen = i < open;
                Stage stage = isOpen ? openStages.get(random.nextInt(openStages.size())) : random.nextInt(10) < 3 ? won : lost;
                long id = dealIds.next();
                long personId = 1L + random.nextInt(100_000);
                BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(200) * 250L).setScale(2);
                long cents = amount.movePointRight(2).longValueExact();
                int probability = stage.kind() == StageKind.WON ? 100 : stage.kind() == StageKind.LOST ? 0 : stage.probability();
                String currency = random.nextInt(20) == 0 ? "USD" : "EUR";
                String owner = OWNERS[random.nextInt(OWNERS.length)];
                LocalDate close = firstDay.plusDays(random.nextInt(730));
                String title = "Deal " + (i + 1);
                deal.setLong(1, id);
                deal.setTimestamp(2, now);
                deal.setTimestamp(3, now);
                deal.setString(4, title);
                deal.setString(5, title.toLowerCase(Locale.ROOT));
                deal.setLong(6, personId);
                deal.setString(7, "Person " + (i % 100_000));
                deal.setBigDecimal(8, amount);
                deal.setLong(9, cents);
                deal.setLong(10, (cents * probability + 50) / 100); // half up, as the pipeline weights amounts
                deal.setLong(11, stage == won ? cents : 0);
                deal.setString(12, currency);
                deal.setLong(13, pipeline.id());
                deal.setLong(14, stage.id());
                deal.setInt(15, stages.indexOf(stage));
                deal.setInt(16, probability);
                deal.setDate(17, Date.valueOf(close));
                deal.setInt(18, close.getYear() * 100 + close.getMonthValue());
                deal.setString(19, owner);
                deal.setString(20, stage.kind().name());
                deal.setString(21, stage == lost ? "Price" : "");
                if (isOpen) {
                    deal.setNull(22, Types.DATE);
                    visit.setLong(1, visitIds.next());
                    visit.setTimestamp(2, now);
                    visit.setTimestamp(3, now);
                    visit.setLong(4, id);
                    visit.setLong(5, personId);
                    visit.setLong(6, stage.id());
                    visit.setTimestamp(7, now);
                    visit.addBatch();
                } else {
                    deal.setDate(22, Date.valueOf(close));
                }
                deal.addBatch();
            }
            deal.executeBatch();
            visit.executeBatch();
        }
    }

    /** The forecast cells of the pipeline, summed up from its deals as the pipeline does after a bulk change. */
    private static void rebuildForecastCells(Connection c, long pipelineId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM PL_FORECAST_CELL WHERE PIPELINE_ID = ?");
                PreparedStatement sums = c.prepareStatement("SELECT CLOSE_MONTH, OWNER, CURRENCY, COUNT(*), SUM(AMOUNT_CENTS),"
                        + " SUM(WEIGHTED_CENTS), SUM(WON_CENTS) FROM PL_OPPORTUNITY WHERE PIPELINE_ID = ?"
                        + " GROUP BY CLOSE_MONTH, OWNER, CURRENCY");
                PreparedStatement insert = c.prepareStatement("INSERT INTO PL_FORECAST_CELL (ID, VERSION, CREATED_AT,"
                        + " CREATED_BY, UPDATED_AT, UPDATED_BY, PIPELINE_ID, CLOSE_MONTH, OWNER, CURRENCY, DEALS,"
                        + " AMOUNT_CENTS, WEIGHTED_CENTS, WON_CENTS) VALUES (?, 1, ?, 'synthetic', ?, 'synthetic', ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)");
                IdBlock ids = new IdBlock(c, "PL_FORECAST_CELL_SEQ", CELL_IDS)) {
            delete.setLong(1, pipelineId);
            delete.executeUpdate();
            sums.setLong(1, pipelineId);
            Timestamp now = Timestamp.from(Instant.now());
            try (ResultSet rs = sums.executeQuery()) {
                while (rs.next()) {
                    insert.setLong(1, ids.next());
                    insert.setTimestamp(2, now);
                    insert.setTimestamp(3, now);
                    insert.setLong(4, pipelineId);
                    insert.setInt(5, rs.getInt(1));
                    insert.setString(6, rs.getString(2));
                    insert.setString(7, rs.getString(3));
                    insert.setLong(8, rs.getLong(4));
                    insert.setLong(9, rs.getLong(5));
                    insert.setLong(10, rs.getLong(6));
                    insert.setLong(11, rs.getLong(7));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
