package org.rapport.loyalty.internal.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.persistence.access.UnitAccess;

/**
 * The benchmark's data set written with raw JDBC batches into the loyalty tables (for speed): per member 8 purchase
 * lots earned within the 13 months before "today" and 2 redemptions drawn from the two oldest lots, so 10 ledger
 * entries per member. Ids start at {@link #ID_BASE}, far above what the tables' sequences hand out afterwards. The
 * secondary indexes are built once the rows are in.
 */
final class BenchData {

    static final long ID_BASE = 1_000_000_000_000L;
    static final int LOTS = 8;

    private BenchData() {
    }

    /**
     * The tables' secondary indexes (as the entities declare them), dropped while the data set is written and built
     * again afterwards: building an index once from sorted rows is much faster than keeping it up row by row.
     */
    private static final String[][] INDEXES = {
            { LedgerEntryEntity.MEMBER_INDEX, "LOY_ENTRY", LedgerEntryEntity.MEMBER_INDEX_COLUMNS },
            { LedgerEntryEntity.PROGRAM_INDEX, "LOY_ENTRY", LedgerEntryEntity.PROGRAM_INDEX_COLUMNS },
            { "IX_LOY_LOT_MEMBER", "LOY_LOT", "MEMBER_ID, REMAINING" },
            { LotEntity.EXPIRING_INDEX, "LOY_LOT", LotEntity.EXPIRING_INDEX_COLUMNS },
            { "IX_LOY_ALLOC_DEBIT", "LOY_ALLOCATION", "DEBIT_ENTRY_ID" },
            { "IX_LOY_ALLOC_LOT", "LOY_ALLOCATION", "LOT_ID" },
            { "IX_LOY_MEMBER_PERSON", "LOY_MEMBER", "PERSON_ID" } };

    /** Writes {@code members} members (person ids 1..members) of the program; returns the rows written. */
    static long write(UnitAccess unit, long programId, int members, LocalDate today, long seed) throws SQLException {
        Random random = new Random(seed);
        EntityManager em = unit.createEntityManager();
        long rows = 0;
        try {
            em.getTransaction().begin();
            Connection c = em.unwrap(Connection.class);
            try (Statement ddl = c.createStatement()) {
                for (String[] index : INDEXES) {
                    ddl.execute("DROP INDEX " + index[0]);
                }
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement member = c.prepareStatement("INSERT INTO LOY_MEMBER (ID, PROGRAM_ID, PERSON_ID,"
                    + " ENROLLED_ON, TIER_RANK, TIER_SINCE, VERSION, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,0,?,1,?,?)");
                    PreparedStatement entry = c.prepareStatement("INSERT INTO LOY_ENTRY (ID, PROGRAM_ID, MEMBER_ID,"
                            + " ENTRY_TYPE, POINTS, QUALIFYING, DAY, AVAILABLE_FROM, EXPIRES_ON, REASON, REFERENCE,"
                            + " AMOUNT, USER_NAME, VERSION, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'bench',1,?,?)");
                    PreparedStatement lot = c.prepareStatement("INSERT INTO LOY_LOT (ID, PROGRAM_ID, MEMBER_ID, ENTRY_ID,"
                            + " EARNED_ON, AVAILABLE_FROM, EXPIRES_ON, POINTS, REMAINING, OPEN_UNTIL, VERSION, CREATED_AT,"
                            + " UPDATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?)");
                    PreparedStatement allocation = c.prepareStatement("INSERT INTO LOY_ALLOCATION (ID, DEBIT_ENTRY_ID,"
                            + " LOT_ID, POINTS, VERSION, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,1,?,?)")) {
                long entryId = ID_BASE;
                long lotId = ID_BASE;
                long allocationId = ID_BASE;
                for (int m = 1; m <= members; m++) {
                    long memberId = ID_BASE + m;
                    LocalDate enrolled = today.minusDays(400);
                    member.setLong(1, memberId);
                    member.setLong(2, programId);
                    member.setLong(3, m);
                    member.setDate(4, Date.valueOf(enrolled));
                    member.setDate(5, Date.valueOf(enrolled));
                    member.setTimestamp(6, now);
                    member.setTimestamp(7, now);
                    member.addBatch();
                    LocalDate[] earned = new LocalDate[LOTS];
                    for (int i = 0; i < LOTS; i++) {
                        earned[i] = today.minusDays(1 + random.nextInt(395));
                    }
                    java.util.Arrays.sort(earned);
                    long[] lotIds = new long[LOTS];
                    for (int i = 0; i < LOTS; i++) {
                        long points = 10 + random.nextInt(190);
                        long spent = i < 2 ? 5 : 0;
                        LocalDate expires = YearMonth.from(earned[i]).plusMonths(12).atEndOfMonth();
                        entry(entry, ++entryId, programId, memberId, "EARN", points, points, earned[i], earned[i],
                                expires, "Purchase B" + entryId, "B" + entryId, now);
                        lotIds[i] = ++lotId;
                        lot.setLong(1, lotIds[i]);
                        lot.setLong(2, programId);
                        lot.setLong(3, memberId);
                        lot.setLong(4, entryId);
                        lot.setDate(5, Date.valueOf(earned[i]));
                        lot.setDate(6, Date.valueOf(earned[i]));
                        lot.setDate(7, Date.valueOf(expires));
                        lot.setLong(8, points);
                        lot.setLong(9, points - spent);
                        lot.setDate(10, Date.valueOf(expires));
                        lot.setTimestamp(11, now);
                        lot.setTimestamp(12, now);
                        lot.addBatch();
                        rows += 2;
                    }
                    for (int i = 0; i < 2; i++) {
                        LocalDate day = earned[LOTS - 1];
                        entry(entry, ++entryId, programId, memberId, "REDEEM", -5, 0, day, null, null, "Reward S", "S", now);
                        allocation.setLong(1, ++allocationId);
                        allocation.setLong(2, entryId);
                        allocation.setLong(3, lotIds[i]);
                        allocation.setLong(4, 5);
                        allocation.setTimestamp(5, now);
                        allocation.setTimestamp(6, now);
                        allocation.addBatch();
                        rows += 2;
                    }
                    rows++;
                    if (m % 1000 == 0 || m == members) {
                        member.executeBatch();
                        entry.executeBatch();
                        lot.executeBatch();
                        allocation.executeBatch();
                    }
                    if (m % 20_000 == 0 || m == members) {
                        c.commit();
                    }
                    if (m % 100_000 == 0) {
                        System.out.printf("LoyaltyBenchmark: data set, %,d members written%n", m);
                    }
                }
            }
            try (Statement ddl = c.createStatement()) {
                for (String[] index : INDEXES) {
                    ddl.execute("CREATE INDEX " + index[0] + " ON " + index[1] + " (" + index[2] + ")");
                    c.commit();
                    System.out.printf("LoyaltyBenchmark: data set, index %s built%n", index[0]);
                }
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        return rows;
    }

    private static void entry(PreparedStatement entry, long id, long programId, long memberId, String type, long points,
            long qualifying, LocalDate day, LocalDate availableFrom, LocalDate expires, String reason, String reference,
            Timestamp now) throws SQLException {
        entry.setLong(1, id);
        entry.setLong(2, programId);
        entry.setLong(3, memberId);
        entry.setString(4, type);
        entry.setLong(5, points);
        entry.setLong(6, qualifying);
        entry.setDate(7, Date.valueOf(day));
        entry.setDate(8, availableFrom == null ? null : Date.valueOf(availableFrom));
        entry.setDate(9, expires == null ? null : Date.valueOf(expires));
        entry.setString(10, reason);
        entry.setString(11, reference);
        entry.setBigDecimal(12, null);
        entry.setTimestamp(13, now);
        entry.setTimestamp(14, now);
        entry.addBatch();
    }
}
