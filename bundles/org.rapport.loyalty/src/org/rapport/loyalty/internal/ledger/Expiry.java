package org.rapport.loyalty.internal.ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ExpiryRun;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.AllocationEntity;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.persistence.access.Audited;

/**
 * The expiry run of a program: every open lot whose last usable day is before the run's day is emptied by one EXPIRE
 * entry per member that records the lots. Members are handled a chunk per transaction (holding the member and ledger
 * tables), so a crash loses at most the chunk in flight and a re-run finishes the rest. A
 * chunk is a few statements whatever its size: one read of its lots, a JDBC batch of entries and of allocations, and
 * one set-based update that closes its expired lots.
 */
final class Expiry {

    /** Members per transaction. */
    static final int CHUNK = 2000;
    /** Members per IN list. */
    private static final int IN_LIST = 500;
    /**
     * Members first, as every ledger writer takes them; the member table whole rather than the chunk's thousands of
     * rows one by one, since the chunk holds the ledger's tables anyway.
     */
    private static final String[] TABLES = { "LOY_MEMBER", "LOY_ENTRY", "LOY_LOT", "LOY_ALLOCATION" };

    private final LoyaltyUnit unit;

    Expiry(LoyaltyUnit unit) {
        this.unit = unit;
    }

    ExpiryRun run(long programId, LocalDate day) {
        Program program = unit.read(em -> Programs.load(em, programId));
        // the members concerned, read once (from the open-lots index alone): a query per chunk would scan every
        // expiring lot again each time
        List<Long> memberIds = unit.read(em -> em.createQuery("SELECT DISTINCT l.memberId FROM LoyaltyLot l"
                + " WHERE l.programId = :p AND l.openUntil < :d", Long.class).setParameter("p", programId)
                .setParameter("d", day).getResultList());
        long members = 0;
        long lots = 0;
        long points = 0;
        for (int i = 0; i < memberIds.size(); i += CHUNK) {
            List<Long> chunk = memberIds.subList(i, Math.min(memberIds.size(), i + CHUNK));
            long[] done = unit.write(em -> chunk(em, program, day, chunk));
            members += done[0];
            lots += done[1];
            points += done[2];
        }
        return new ExpiryRun(programId, day, members, lots, points);
    }

    /** An expiring lot as the chunk reads it. */
    private record Open(long id, long memberId, long remaining, LocalDate expiresOn, LocalDate earnedOn) {
    }

    /** Expires the lots of a chunk of members: members, lots, points. */
    private static long[] chunk(EntityManager em, Program program, LocalDate day, List<Long> memberIds) {
        // lock first, then read the lots: a redemption that committed meanwhile is seen
        Connection c = em.unwrap(Connection.class);
        LedgerRows.lockTables(c, TABLES);
        List<Open> open = new ArrayList<>();
        try {
            for (int i = 0; i < memberIds.size(); i += IN_LIST) {
                List<Long> part = InLists.padded(memberIds.subList(i, Math.min(memberIds.size(), i + IN_LIST)), IN_LIST);
                try (PreparedStatement read = c.prepareStatement("SELECT ID, MEMBER_ID, REMAINING, EXPIRES_ON, EARNED_ON"
                        + " FROM LOY_LOT WHERE MEMBER_ID IN (" + MemberAccount.marks(part.size()) + ") AND OPEN_UNTIL < ?")) {
                    int n = MemberAccount.bind(read, part);
                    read.setDate(n, Date.valueOf(day));
                    try (ResultSet r = read.executeQuery()) {
                        while (r.next()) {
                            open.add(new Open(r.getLong(1), r.getLong(2), r.getLong(3), r.getDate(4).toLocalDate(),
                                    r.getDate(5).toLocalDate()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new LoyaltyException("cannot read the lots to expire: " + e.getMessage());
        }
        // oldest earned first within a member, as every other debit draws
        open.sort(Comparator.comparingLong(Open::memberId).thenComparing(Open::earnedOn).thenComparingLong(Open::id));
        LedgerRows rows = new LedgerRows(em);
        long points = 0;
        long members = 0;
        for (int from = 0; from < open.size();) {
            long memberId = open.get(from).memberId();
            int to = from;
            long total = 0;
            while (to < open.size() && open.get(to).memberId() == memberId) {
                total += open.get(to++).remaining();
            }
            long debit = rows.nextId(LedgerEntryEntity.class);
            rows.add(new LedgerRows.Entry(debit, program.id(), memberId, EntryType.EXPIRE, -total, 0, day, null, null,
                    "Points expired (usable through " + open.get(from).expiresOn() + ")", null, null, null));
            for (int i = from; i < to; i++) {
                Open lot = open.get(i);
                rows.add(new LedgerRows.Allocation(rows.nextId(AllocationEntity.class), debit, lot.id(), lot.remaining()));
            }
            points += total;
            members++;
            from = to;
        }
        rows.write(c);
        closeExpired(c, memberIds, day, Audited.currentUser(em));
        return new long[] { members, open.size(), points };
    }

    /** Empties and closes the chunk's expired lots, one update per IN list. */
    private static void closeExpired(Connection c, List<Long> memberIds, LocalDate day, String user) {
        Timestamp now = Timestamp.from(Instant.now());
        try {
            for (int i = 0; i < memberIds.size(); i += IN_LIST) {
                List<Long> part = InLists.padded(memberIds.subList(i, Math.min(memberIds.size(), i + IN_LIST)), IN_LIST);
                try (PreparedStatement close = c.prepareStatement("UPDATE LOY_LOT SET REMAINING = 0, OPEN_UNTIL = NULL,"
                        + " VERSION = VERSION + 1, UPDATED_AT = ?, UPDATED_BY = ? WHERE MEMBER_ID IN ("
                        + MemberAccount.marks(part.size()) + ") AND OPEN_UNTIL < ?")) {
                    close.setTimestamp(1, now);
                    close.setString(2, user);
                    int n = 3;
                    for (Long id : part) {
                        close.setLong(n++, id);
                    }
                    close.setDate(n, Date.valueOf(day));
                    close.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new LoyaltyException("cannot close the expired lots: " + e.getMessage());
        }
    }
}
