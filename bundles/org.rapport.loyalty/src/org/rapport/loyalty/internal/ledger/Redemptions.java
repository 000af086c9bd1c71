package org.rapport.loyalty.internal.ledger;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Redemption;
import org.rapport.loyalty.internal.JpaProgramService;
import org.rapport.loyalty.internal.LoyaltyMapper;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.AllocationEntity;
import org.rapport.loyalty.internal.model.LedgerEntryEntity;
import org.rapport.loyalty.internal.model.RewardEntity;

/**
 * A redemption in a few statements on the transaction's connection: the reward, the member's row lock, one read of
 * the member's open lots (joined to the member), the stock, then the entry, its draws and what they leave of the lots
 * in JDBC batches. The member's row lock comes before the lots are read, so the database serializes redemptions of a
 * member across threads and processes and the lots read are current: no overdraw.
 */
final class Redemptions {

    private static final String LOCK = "UPDATE LOY_MEMBER SET TIER_RANK = TIER_RANK WHERE PROGRAM_ID = ? AND PERSON_ID = ?";
    /** The member and its open lots, oldest earned first (one row with no lot when it has none). */
    private static final String LOTS = "SELECT m.ID, l.ID, l.REMAINING, l.AVAILABLE_FROM, l.EXPIRES_ON FROM LOY_MEMBER m"
            + " LEFT JOIN LOY_LOT l ON l.MEMBER_ID = m.ID AND l.REMAINING > 0 WHERE m.PROGRAM_ID = ? AND m.PERSON_ID = ?"
            + " ORDER BY l.EARNED_ON, l.ID";

    private Redemptions() {
    }

    /** Redeems inside the caller's transaction; a refusal writes nothing. */
    static Redemption redeem(EntityManager em, long programId, long personId, String rewardCode, LocalDate day) {
        RewardEntity reward = JpaProgramService.rewardRow(em, programId, rewardCode).orElseThrow(
                () -> new LoyaltyException("no reward " + rewardCode + " in " + Programs.load(em, programId).name()));
        Connection c = em.unwrap(Connection.class);
        LedgerRows rows = new LedgerRows(em);
        long memberId = -1;
        long available = 0;
        try {
            try (PreparedStatement lock = c.prepareStatement(LOCK)) {
                lock.setLong(1, programId);
                lock.setLong(2, personId);
                if (lock.executeUpdate() == 0) {
                    throw new LoyaltyException("person " + personId + " is not a member of "
                            + Programs.load(em, programId).name());
                }
            }
            if (!LoyaltyMapper.reward(reward).validOn(day)) {
                return new Redemption(null, "reward " + reward.getCode() + " cannot be redeemed on " + day);
            }
            if (reward.getStock() != null && reward.getStock() <= 0) {
                return new Redemption(null, "reward " + reward.getCode() + " is out of stock");
            }
            long wanted = reward.getPoints();
            long debit = 0;
            try (PreparedStatement read = c.prepareStatement(LOTS)) {
                read.setLong(1, programId);
                read.setLong(2, personId);
                Date on = Date.valueOf(day);
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        memberId = r.getLong(1);
                        long lot = r.getLong(2);
                        if (r.wasNull() || on.before(r.getDate(4)) || on.after(r.getDate(5))) {
                            continue;
                        }
                        long remaining = r.getLong(3);
                        available += remaining;
                        long taken = Math.min(remaining, wanted);
                        if (taken > 0) {
                            if (debit == 0) {
                                debit = rows.nextId(LedgerEntryEntity.class);
                            }
                            wanted -= taken;
                            rows.add(new LedgerRows.Allocation(rows.nextId(AllocationEntity.class), debit, lot, taken));
                            rows.add(new LedgerRows.Remaining(lot, remaining - taken, r.getDate(5).toLocalDate()));
                        }
                    }
                }
            }
            if (available < reward.getPoints()) {
                return new Redemption(null, "not enough points: " + available + " available on " + day + ", "
                        + reward.getCode() + " costs " + reward.getPoints());
            }
            // The database decides who gets the last one: the row's stock only goes down while it is above zero.
            if (reward.getStock() != null && em.createQuery("UPDATE LoyaltyReward r SET r.stock = r.stock - 1"
                    + " WHERE r.id = :id AND r.stock > 0").setParameter("id", reward.getId()).executeUpdate() == 0) {
                return new Redemption(null, "reward " + reward.getCode() + " is out of stock");
            }
            String reason = "Reward " + reward.getCode() + " (" + reward.getName() + ")";
            if (debit == 0) { // a reward of 0 points draws from no lot
                debit = rows.nextId(LedgerEntryEntity.class);
            }
            rows.add(new LedgerRows.Entry(debit, programId, memberId, EntryType.REDEEM, -reward.getPoints(), 0, day,
                    null, null, reason, reward.getCode(), null, null));
            rows.write(c);
            return new Redemption(new LedgerEntry(debit, programId, personId, EntryType.REDEEM, -reward.getPoints(), day,
                    null, null, reason, reward.getCode(), null, rows.user(), rows.now()), null);
        } catch (SQLException e) {
            throw new LoyaltyException("cannot redeem " + rewardCode + ": " + e.getMessage());
        }
    }
}
