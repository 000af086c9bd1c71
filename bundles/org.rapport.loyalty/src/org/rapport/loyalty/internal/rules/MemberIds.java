package org.rapport.loyalty.internal.rules;

import org.rapport.loyalty.internal.LoyaltyUnit;

/** A program's member person ids a chunk at a time, by person id (keyset paging: every chunk is one index range). */
final class MemberIds {

    private MemberIds() {
    }

    /** Up to {@code limit} person ids of the program's members above {@code after}, ascending. */
    static long[] after(LoyaltyUnit unit, long programId, long after, int limit) {
        return unit.read(em -> em.createQuery("SELECT m.personId FROM LoyaltyMember m WHERE m.programId = :p"
                + " AND m.personId > :after ORDER BY m.personId", Long.class).setParameter("p", programId)
                .setParameter("after", after).setMaxResults(limit).getResultList().stream().mapToLong(Long::longValue)
                .toArray());
    }
}
