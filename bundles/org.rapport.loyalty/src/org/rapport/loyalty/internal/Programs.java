package org.rapport.loyalty.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.internal.model.MemberEntity;
import org.rapport.loyalty.internal.model.ProgramEntity;
import org.rapport.loyalty.internal.model.TierEntity;

/** Reads programs and members inside the services' entity managers. */
public final class Programs {

    private Programs() {
    }

    /** The program with its tiers, or a {@link LoyaltyException} naming the id. */
    public static Program load(EntityManager em, long programId) {
        ProgramEntity program = em.find(ProgramEntity.class, programId);
        if (program == null) {
            throw new LoyaltyException("no loyalty program with id " + programId);
        }
        return LoyaltyMapper.program(program, tiers(em, programId));
    }

    public static List<TierEntity> tiers(EntityManager em, long programId) {
        return em.createQuery("SELECT t FROM LoyaltyTier t WHERE t.programId = :p ORDER BY t.rank", TierEntity.class)
                .setParameter("p", programId).getResultList();
    }

    /** The membership, or {@code null}. */
    public static MemberEntity findMember(EntityManager em, long programId, long personId) {
        List<MemberEntity> found = em.createQuery(
                "SELECT m FROM LoyaltyMember m WHERE m.programId = :p AND m.personId = :person", MemberEntity.class)
                .setParameter("p", programId).setParameter("person", personId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The membership, or a {@link LoyaltyException} saying the person is not a member. */
    public static MemberEntity member(EntityManager em, long programId, long personId) {
        MemberEntity member = findMember(em, programId, personId);
        if (member == null) {
            throw new LoyaltyException("person " + personId + " is not a member of program " + programId);
        }
        return member;
    }
}
