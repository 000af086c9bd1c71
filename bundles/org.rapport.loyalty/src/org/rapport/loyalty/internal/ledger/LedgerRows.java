package org.rapport.loyalty.internal.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Session;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.internal.model.AllocationEntity;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.TransactionEntity;
import org.rapport.persistence.access.Audited;

/**
 * Ledger rows written with JDBC batches on the connection of the caller's JPA transaction (so they commit or roll
 * back with it), one statement per table for all the rows collected: the bulk paths (import, expiry, redemption)
 * write what {@code em.persist} would write, the same tables, columns and values (version 1, the audit fields), without
 * EclipseLink's per-object work. The column lists follow {@link LedgerEntryEntity}, {@link LotEntity},
 * {@link AllocationEntity} and {@link TransactionEntity}; the tests read these rows back through JPA. Ids come from
 * the entities' sequences, through EclipseLink's preallocation, so JPA and JDBC writes never collide.
 */
final class LedgerRows {

    static final String ENTRY = "INSERT INTO LOY_ENTRY (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
            + " PROGRAM_ID, MEMBER_ID, ENTRY_TYPE, POINTS, QUALIFYING, DAY, AVAILABLE_FROM, EXPIRES_ON, REASON, REFERENCE,"
            + " SOURCE_REF, AMOUNT, USER_NAME) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LOT = "INSERT INTO LOY_LOT (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY,"
            + " PROGRAM_ID, MEMBER_ID, ENTRY_ID, EARNED_ON, AVAILABLE_FROM, EXPIRES_ON, POINTS, REMAINING, OPEN_UNTIL)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String ALLOCATION = "INSERT INTO LOY_ALLOCATION (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT,"
            + " UPDATED_BY, DEBIT_ENTRY_ID, LOT_ID, POINTS) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)";
    static final String TRANSACTION = "INSERT INTO LOY_TRANSACTION (ID, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT,"
            + " UPDATED_BY, PROGRAM_ID, REFERENCE, TX_TYPE, MEMBER_ID, DAY, AMOUNT, CURRENCY, REFUNDS_REF, ENTRY_ID, POINTS,"
            + " LOT_ID, REFUNDED, CANCELLED_POINTS, CATEGORY_KEY) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " 0, 0, ?)";
    /** What a draw leaves of a lot: the lot is closed ({@code OPEN_UNTIL} null) once nothing remains. */
    static final String TAKE = "UPDATE LOY_LOT SET REMAINING = ?, OPEN_UNTIL = ?, VERSION = VERSION + 1, UPDATED_AT = ?,"
            + " UPDATED_BY = ? WHERE ID = ?";

    /** A ledger entry; {@code availableFrom}, {@code expiresOn}, texts and amount may be {@code null}. */
    record Entry(long id, long programId, long memberId, EntryType type, long points, long qualifying, LocalDate day,
            LocalDate availableFrom, LocalDate expiresOn, String reason, String reference, String sourceRef,
            BigDecimal amount) {
    }

    /** A credit's lot, all of its points remaining. */
    record Lot(long id, long programId, long memberId, long entryId, LocalDate earnedOn, LocalDate availableFrom,
            LocalDate expiresOn, long points) {
    }

    /** A draw of a debit entry from a lot. */
    record Allocation(long id, long debitEntryId, long lotId, long points) {
    }

    /** What is left of a lot after draws. */
    record Remaining(long lotId, long remaining, LocalDate expiresOn) {
    }

    /** A purchase as recorded; {@code lotId} is {@code null} for a purchase that earned nothing. */
    record Purchase(long id, long programId, String reference, long memberId, LocalDate day, BigDecimal amount,
            String currency, long entryId, long points, Long lotId, String categoryKey) {
    }

    private final Session session;
    private final String user;
    private final Instant now = Instant.now();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Lot> lots = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<Remaining> remainders = new ArrayList<>();
    private final List<Purchase> purchases = new ArrayList<>();

    LedgerRows(EntityManager em) {
        this.session = em.unwrap(JpaEntityManager.class).getServerSession();
        this.user = Audited.currentUser(em);
    }

    /** The next id of an entity's sequence (preallocated by EclipseLink, shared with its own inserts). */
    long nextId(Class<?> entity) {
        return session.getNextSequenceNumberValue(entity).longValue();
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    void add(Lot lot) {
        lots.add(lot);
    }

    void add(Allocation allocation) {
        allocations.add(allocation);
    }

    void add(Remaining remaining) {
        remainders.add(remaining);
    }

    void add(Purchase purchase) {
        purchases.add(purchase);
    }

    /**
     * Locks tables for the rest of a bulk transaction, after its members (their rows, or the member table first among
     * {@code tables}): without it Derby takes a lock per row
     * and index entry, thousands per chunk, and spends much of the chunk managing them. Other writers wait at most one
     * chunk; they never hold these tables while they wait for a member, so no lock cycle forms.
     */
    static void lockTables(Connection c, String... tables) {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
        } catch (SQLException e) {
            throw new LoyaltyException("cannot lock the ledger: " + e.getMessage());
        }
    }

    /** When the rows are recorded (their audit time). */
    Instant now() {
        return now;
    }

    /** Who records them (their audit user and the entries' user). */
    String user() {
        return user;
    }

    /** Writes what was collected, a batch per table, and forgets it. */
    void write(Connection c) {
        Timestamp now = Timestamp.from(this.now);
        try {
            writeEntries(c, now);
            writeLots(c, now);
            writeAllocations(c, now);
            writeRemainders(c, now);
            writePurchases(c, now);
        } catch (SQLException e) {
            throw new LoyaltyException("cannot write the ledger: " + e.getMessage());
        }
        entries.clear();
        lots.clear();
        allocations.clear();
        remainders.clear();
        purchases.clear();
    }

    private void writeEntries(Connection c, Timestamp now) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(ENTRY)) {
            for (Entry e : entries) {
                s.setLong(1, e.id());
                audit(s, 2, now);
                s.setLong(6, e.programId());
                s.setLong(7, e.memberId());
                s.setString(8, e.type().name());
                s.setLong(9, e.points());
                s.setLong(10, e.qualifying());
                s.setDate(11, Date.valueOf(e.day()));
                date(s, 12, e.availableFrom());
                date(s, 13, e.expiresOn());
                s.setString(14, clip(e.reason(), LedgerEntryEntity.REASON_LENGTH));
                s.setString(15, e.reference());
                s.setString(16, e.sourceRef());
                s.setBigDecimal(17, e.amount());
                s.setString(18, user);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeLots(Connection c, Timestamp now) throws SQLException {
        if (lots.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(LOT)) {
            for (Lot l : lots) {
                s.setLong(1, l.id());
                audit(s, 2, now);
                s.setLong(6, l.programId());
                s.setLong(7, l.memberId());
                s.setLong(8, l.entryId());
                s.setDate(9, Date.valueOf(l.earnedOn()));
                s.setDate(10, Date.valueOf(l.availableFrom()));
                s.setDate(11, Date.valueOf(l.expiresOn()));
                s.setLong(12, l.points());
                s.setLong(13, l.points());
                s.setDate(14, Date.valueOf(l.expiresOn()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeAllocations(Connection c, Timestamp now) throws SQLException {
        if (allocations.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(ALLOCATION)) {
            for (Allocation a : allocations) {
                s.setLong(1, a.id());
                audit(s, 2, now);
                s.setLong(6, a.debitEntryId());
                s.setLong(7, a.lotId());
                s.setLong(8, a.points());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeRemainders(Connection c, Timestamp now) throws SQLException {
        if (remainders.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(TAKE)) {
            for (Remaining r : remainders) {
                s.setLong(1, r.remaining());
                date(s, 2, r.remaining() > 0 ? r.expiresOn() : null);
                s.setTimestamp(3, now);
                s.setString(4, user);
                s.setLong(5, r.lotId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writePurchases(Connection c, Timestamp now) throws SQLException {
        if (purchases.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(TRANSACTION)) {
            for (Purchase p : purchases) {
                s.setLong(1, p.id());
                audit(s, 2, now);
                s.setLong(6, p.programId());
                s.setString(7, p.reference());
                s.setString(8, TransactionEntity.PURCHASE);
                s.setLong(9, p.memberId());
                s.setDate(10, Date.valueOf(p.day()));
                s.setBigDecimal(11, p.amount());
                s.setString(12, p.currency());
                s.setNull(13, Types.VARCHAR);
                s.setLong(14, p.entryId());
                s.setLong(15, p.points());
                if (p.lotId() == null) {
                    s.setNull(16, Types.BIGINT);
                } else {
                    s.setLong(16, p.lotId());
                }
                s.setString(17, p.categoryKey());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void audit(PreparedStatement s, int first, Timestamp now) throws SQLException {
        s.setTimestamp(first, now);
        s.setString(first + 1, user);
        s.setTimestamp(first + 2, now);
        s.setString(first + 3, user);
    }

    private static void date(PreparedStatement s, int index, LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(day));
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
