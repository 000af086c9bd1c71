package org.rapport.loyalty.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.rapport.loyalty.internal.TestLoyalty;

/** What must hold in any loyalty database, checked with SQL over the raw tables. */
final class LedgerInvariants {

    private LedgerInvariants() {
    }

    /**
     * For every member: the sum of the ledger's points equals what remains of the lots; no lot is below zero or above
     * its points; every debit's allocations add up to its points; every lot's allocations add up to what it lost.
     */
    static void check(TestLoyalty shop) {
        shop.loyalty.unit().read(em -> {
            List<?> ledgerVsLots = em.createNativeQuery("SELECT m.ID, (SELECT COALESCE(SUM(e.POINTS), 0) FROM LOY_ENTRY e"
                    + " WHERE e.MEMBER_ID = m.ID), (SELECT COALESCE(SUM(l.REMAINING), 0) FROM LOY_LOT l WHERE l.MEMBER_ID = m.ID)"
                    + " FROM LOY_MEMBER m").getResultList();
            for (Object row : ledgerVsLots) {
                Object[] cells = (Object[]) row;
                assertEquals(((Number) cells[1]).longValue(), ((Number) cells[2]).longValue(),
                        "member " + cells[0] + ": ledger sum = remaining lots");
            }
            assertEquals(0L, count(em, "SELECT COUNT(*) FROM LOY_LOT WHERE REMAINING < 0 OR REMAINING > POINTS"));
            assertEquals(0L, count(em, "SELECT COUNT(*) FROM LOY_ENTRY e WHERE e.POINTS < 0 AND -e.POINTS <>"
                    + " (SELECT COALESCE(SUM(a.POINTS), 0) FROM LOY_ALLOCATION a WHERE a.DEBIT_ENTRY_ID = e.ID)"),
                    "each debit's allocations add up to it");
            assertEquals(0L, count(em, "SELECT COUNT(*) FROM LOY_LOT l WHERE l.POINTS - l.REMAINING <>"
                    + " (SELECT COALESCE(SUM(a.POINTS), 0) FROM LOY_ALLOCATION a WHERE a.LOT_ID = l.ID)"),
                    "each lot lost exactly what was allocated from it");
            return null;
        });
    }

    private static long count(jakarta.persistence.EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
