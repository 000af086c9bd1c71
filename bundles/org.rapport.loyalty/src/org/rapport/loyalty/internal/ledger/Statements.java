package org.rapport.loyalty.internal.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ExpiringPoints;
import org.rapport.loyalty.LifetimeTotals;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.Tier;
import org.rapport.loyalty.internal.Programs;
import org.rapport.loyalty.internal.model.LotEntity;
import org.rapport.loyalty.internal.model.MemberEntity;

/**
 * A member's statement as of a day, from a few indexed reads whatever the length of the member's history: the open
 * lots (by member), the debits recorded after the day (normally none; what they drew is given back to their lots, so a
 * past day shows the lots as they were then), and one pass over the member's entries up to the day that sums the
 * lifetime totals and the tier points (answered from the entries' member index alone).
 */
final class Statements {

    private static final String OPEN_LOTS = "SELECT ID, REMAINING, EARNED_ON, AVAILABLE_FROM, EXPIRES_ON FROM LOY_LOT"
            + " WHERE MEMBER_ID = ? AND REMAINING > 0";
    private static final String LATER_DEBITS = "SELECT ID FROM LOY_ENTRY WHERE MEMBER_ID = ? AND DAY > ? AND POINTS < 0";
    private static final String SUMS = "SELECT ENTRY_TYPE, SUM(CASE WHEN POINTS > 0 THEN POINTS ELSE 0 END),"
            + " SUM(CASE WHEN POINTS < 0 THEN -POINTS ELSE 0 END), SUM(CASE WHEN DAY >= ? THEN QUALIFYING ELSE 0 END)"
            + " FROM LOY_ENTRY WHERE MEMBER_ID = ? AND DAY <= ? GROUP BY ENTRY_TYPE";

    private Statements() {
    }

    /** A lot as of the statement's day. */
    private record Lot(long id, long remaining, LocalDate earnedOn, LocalDate availableFrom, LocalDate expiresOn) {
    }

    static Statement of(EntityManager em, long programId, long personId, LocalDate day) {
        Program program = Programs.load(em, programId);
        MemberEntity member = Programs.member(em, programId, personId);
        Map<Long, Lot> lots = new HashMap<>();
        for (Object row : em.createNativeQuery(OPEN_LOTS).setParameter(1, member.getId()).getResultList()) {
            Lot lot = lot((Object[]) row, 0);
            lots.put(lot.id(), lot);
        }
        givenBack(em, member.getId(), day).forEach((lotId, points) -> lots.merge(lotId,
                new Lot(lotId, points, null, null, null), (open, back) -> new Lot(open.id(), open.remaining() + points,
                        open.earnedOn(), open.availableFrom(), open.expiresOn())));
        long available = 0;
        long pending = 0;
        TreeMap<LocalDate, Long> expiring = new TreeMap<>();
        for (Lot lot : closedLotsOf(em, lots).values()) {
            if (lot.remaining() <= 0 || lot.earnedOn().isAfter(day) || day.isAfter(lot.expiresOn())) {
                continue;
            }
            if (day.isBefore(lot.availableFrom())) {
                pending += lot.remaining();
            } else {
                available += lot.remaining();
            }
            if (!lot.expiresOn().equals(LotEntity.NEVER)) {
                expiring.merge(lot.expiresOn(), lot.remaining(), Long::sum);
            }
        }
        List<ExpiringPoints> soonest = new ArrayList<>();
        expiring.forEach((date, points) -> soonest.add(new ExpiringPoints(points, date)));
        long[] totals = new long[5]; // earned, redeemed, expired, cancelled, tier points
        Query sums = em.createNativeQuery(SUMS).setParameter(1, java.sql.Date.valueOf(LedgerRules.qualifyingFrom(day)))
                .setParameter(2, member.getId()).setParameter(3, java.sql.Date.valueOf(day));
        for (Object row : sums.getResultList()) {
            Object[] cells = (Object[]) row;
            EntryType type = EntryType.valueOf(((String) cells[0]).trim().toUpperCase(Locale.ROOT));
            long debits = number(cells[2]);
            totals[0] += number(cells[1]);
            totals[switch (type) {
                case REDEEM -> 1;
                case EXPIRE -> 2;
                default -> 3;
            }] += debits;
            totals[4] += number(cells[3]);
        }
        Tier tier = LedgerRules.tier(program, member.getTierRank());
        Optional<Tier> next = program.tierAbove(tier.name());
        return new Statement(programId, personId, day, available, pending, tier.name(), totals[4],
                next.map(Tier::name).orElse(null), next.map(Tier::threshold).orElse(0L), soonest,
                new LifetimeTotals(totals[0], totals[1], totals[2], totals[3]));
    }

    /** What the member's debits recorded after {@code day} drew from each lot: the lots held it on the day. */
    private static Map<Long, Long> givenBack(EntityManager em, long memberId, LocalDate day) {
        List<?> debits = em.createNativeQuery(LATER_DEBITS).setParameter(1, memberId)
                .setParameter(2, java.sql.Date.valueOf(day)).getResultList();
        Map<Long, Long> back = new HashMap<>();
        for (int i = 0; i < debits.size(); i += 500) {
            List<?> part = debits.subList(i, Math.min(debits.size(), i + 500));
            Query draws = em.createNativeQuery("SELECT LOT_ID, SUM(POINTS) FROM LOY_ALLOCATION WHERE DEBIT_ENTRY_ID IN ("
                    + MemberAccount.marks(part.size()) + ") GROUP BY LOT_ID");
            for (int j = 0; j < part.size(); j++) {
                draws.setParameter(j + 1, number(part.get(j)));
            }
            for (Object row : draws.getResultList()) {
                Object[] cells = (Object[]) row;
                back.merge(number(cells[0]), number(cells[1]), Long::sum);
            }
        }
        return back;
    }

    /** Fills in the lots that are used up now but held points on the day (known so far only by their id). */
    private static Map<Long, Lot> closedLotsOf(EntityManager em, Map<Long, Lot> lots) {
        List<Long> closed = lots.values().stream().filter(l -> l.earnedOn() == null).map(Lot::id).toList();
        for (int i = 0; i < closed.size(); i += 500) {
            List<Long> part = closed.subList(i, Math.min(closed.size(), i + 500));
            Query read = em.createNativeQuery("SELECT ID, REMAINING, EARNED_ON, AVAILABLE_FROM, EXPIRES_ON FROM LOY_LOT"
                    + " WHERE ID IN (" + MemberAccount.marks(part.size()) + ")");
            for (int j = 0; j < part.size(); j++) {
                read.setParameter(j + 1, part.get(j));
            }
            for (Object row : read.getResultList()) {
                Lot now = lot((Object[]) row, 0);
                lots.put(now.id(), new Lot(now.id(), now.remaining() + lots.get(now.id()).remaining(), now.earnedOn(),
                        now.availableFrom(), now.expiresOn()));
            }
        }
        return lots;
    }

    private static Lot lot(Object[] cells, int first) {
        return new Lot(number(cells[first]), number(cells[first + 1]), date(cells[first + 2]), date(cells[first + 3]),
                date(cells[first + 4]));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
