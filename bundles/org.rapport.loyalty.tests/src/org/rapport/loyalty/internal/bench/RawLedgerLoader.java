package org.rapport.loyalty.internal.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The ceiling of the import benchmark: the rows an import of purchases writes — per purchase a ledger entry, its lot
 * and the transaction — put into the same tables of the same database (with the same indexes and the same data set
 * around them) by plain JDBC, as fast as the database takes them. Commons CSV parses the file, as the product's import
 * does; each chunk of 1,000 rows goes in one batch per table after locking the tables, as the product's import does,
 * then commits. Nothing is looked up, validated or computed beyond the points of the base tier: the member's id comes
 * from the benchmark's email numbering. That work is what the product's import adds.
 */
final class RawLedgerLoader {

    static final int CHUNK = 1_000;
    /** Ids of the raw rows: above the data set's ({@link BenchData#ID_BASE}) and far above the sequences'. */
    static final long ID_BASE = 2 * BenchData.ID_BASE;

    private static final String ENTRY = "INSERT INTO LOY_ENTRY (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT,"
            + " UPDATED_BY, PROGRAM_ID, MEMBER_ID, ENTRY_TYPE, POINTS, QUALIFYING, DAY, AVAILABLE_FROM, EXPIRES_ON, REASON,"
            + " REFERENCE, SOURCE_REF, AMOUNT, USER_NAME) VALUES (?, 1, ?, 'bench', ?, 'bench', ?, ?, 'EARN', ?, ?, ?, ?,"
            + " ?, ?, ?, NULL, ?, 'bench')";
    private static final String LOT = "INSERT INTO LOY_LOT (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
            + " PROGRAM_ID, MEMBER_ID, ENTRY_ID, EARNED_ON, AVAILABLE_FROM, EXPIRES_ON, POINTS, REMAINING, OPEN_UNTIL)"
            + " VALUES (?, 1, ?, 'bench', ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TRANSACTION = "INSERT INTO LOY_TRANSACTION (ID, VERSION, CREATED_AT, CREATED_BY,"
            + " UPDATED_AT, UPDATED_BY, PROGRAM_ID, REFERENCE, TX_TYPE, MEMBER_ID, DAY, AMOUNT, CURRENCY, REFUNDS_REF,"
            + " ENTRY_ID, POINTS, LOT_ID, REFUNDED, CANCELLED_POINTS, CATEGORY_KEY) VALUES (?, 1, ?, 'bench', ?, 'bench',"
            + " ?, ?, 'PURCHASE', ?, ?, ?, ?, NULL, ?, ?, ?, 0, 0, ?)";

    private RawLedgerLoader() {
    }

    /**
     * Loads the purchases of a benchmark file (references prefixed with {@code prefix}, so that they do not meet the
     * product's); returns the purchases written.
     */
    static long load(Connection c, long programId, Path csv, int expiryMonths, String prefix)
            throws SQLException, IOException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long rows = 0;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                PreparedStatement entry = c.prepareStatement(ENTRY);
                PreparedStatement lot = c.prepareStatement(LOT);
                PreparedStatement transaction = c.prepareStatement(TRANSACTION)) {
            for (CSVRecord record : parser) {
                if (rows % CHUNK == 0) {
                    lock(c);
                }
                long id = ID_BASE + ++rows;
                String email = record.get(1);
                long memberId = BenchData.ID_BASE + Long.parseLong(email.substring(6, email.indexOf('@')));
                Date day = Date.valueOf(LocalDate.parse(record.get(0)));
                BigDecimal amount = new BigDecimal(record.get(2));
                long points = amount.setScale(0, RoundingMode.FLOOR).longValueExact();
                Date expires = Date.valueOf(YearMonth.from(day.toLocalDate()).plusMonths(expiryMonths).atEndOfMonth());
                String reference = prefix + record.get(4);
                int p = 0;
                entry.setLong(++p, id);
                entry.setTimestamp(++p, now);
                entry.setTimestamp(++p, now);
                entry.setLong(++p, programId);
                entry.setLong(++p, memberId);
                entry.setLong(++p, points);
                entry.setLong(++p, points);
                entry.setDate(++p, day);
                entry.setDate(++p, day);
                entry.setDate(++p, expires);
                entry.setString(++p, "Purchase " + reference);
                entry.setString(++p, reference);
                entry.setBigDecimal(++p, amount);
                entry.addBatch();
                p = 0;
                lot.setLong(++p, id);
                lot.setTimestamp(++p, now);
                lot.setTimestamp(++p, now);
                lot.setLong(++p, programId);
                lot.setLong(++p, memberId);
                lot.setLong(++p, id);
                lot.setDate(++p, day);
                lot.setDate(++p, day);
                lot.setDate(++p, expires);
                lot.setLong(++p, points);
                lot.setLong(++p, points);
                lot.setDate(++p, expires);
                lot.addBatch();
                p = 0;
                transaction.setLong(++p, id);
                transaction.setTimestamp(++p, now);
                transaction.setTimestamp(++p, now);
                transaction.setLong(++p, programId);
                transaction.setString(++p, reference);
                transaction.setLong(++p, memberId);
                transaction.setDate(++p, day);
                transaction.setBigDecimal(++p, amount);
                transaction.setString(++p, record.get(3));
                transaction.setLong(++p, id);
                transaction.setLong(++p, points);
                transaction.setLong(++p, id);
                transaction.setNull(++p, Types.VARCHAR); // no category column in the benchmark's file
                transaction.addBatch();
                if (rows % CHUNK == 0) {
                    flush(c, entry, lot, transaction);
                }
            }
            flush(c, entry, lot, transaction);
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return rows;
    }

    private static void lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : new String[] { "LOY_ENTRY", "LOY_LOT", "LOY_TRANSACTION" }) {
                s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        }
    }

    private static void flush(Connection c, PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        c.commit();
    }
}
