package org.rapport.community.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.rapport.community.DuplicateMembers;
import org.rapport.community.Member;
import org.rapport.community.MemberMerge;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.MergeEntity;
import org.rapport.core.people.PersonLookup;

/**
 * Merging and unmerging members. A merge moves the merged member's identities and activities (and connections that
 * point at it) to the survivor and hides the merged member; every row keeps the member it was first recorded for, so
 * an unmerge moves back exactly what came from the merged member and from members merged into it before.
 */
final class MemberMerges {

    /** A merge or unmerge: the record and the members as they are after it. */
    record Outcome(MemberMerge merge, List<Member> members) {
    }

    private final CommunityUnit unit;
    private final Clock clock;

    MemberMerges(CommunityUnit unit, Clock clock) {
        this.unit = unit;
        this.clock = clock;
    }

    List<DuplicateMembers> duplicates(PersonLookup people, int limit) {
        return unit.read(em -> new DuplicateFinder(em, people).find(limit));
    }

    Outcome merge(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("a member is not merged into itself");
        }
        return unit.write(em -> {
            MemberEntity survivor = JpaMemberService.existing(em, survivorId);
            MemberEntity merged = JpaMemberService.existing(em, mergedId);
            if (survivor.getMergedInto() != null || merged.getMergedInto() != null) {
                throw new IllegalArgumentException("a merged member is merged no further: unmerge it first");
            }
            boolean linkTaken = survivor.getPersonId() == null && merged.getPersonId() != null;
            if (linkTaken) {
                survivor.setPersonId(merged.getPersonId());
            }
            em.createQuery("UPDATE CommunityIdentity i SET i.memberId = :s WHERE i.memberId = :m")
                    .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
            em.createQuery("UPDATE CommunityActivity a SET a.memberId = :s WHERE a.memberId = :m")
                    .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
            em.createQuery("UPDATE CommunityActivity a SET a.targetMemberId = :s WHERE a.targetMemberId = :m")
                    .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
            merged.setMergedInto(survivorId);
            MergeEntity record = new MergeEntity(survivorId, mergedId, merged.getDisplayName(), linkTaken,
                    clock.instant());
            em.persist(record);
            refreshFigures(em, survivor);
            refreshFigures(em, merged);
            em.flush();
            return new Outcome(record.toMerge(), MemberMapper.toMembers(em, List.of(survivor, merged)));
        });
    }

    Outcome unmerge(long mergeId) {
        return unit.write(em -> {
            MergeEntity record = em.find(MergeEntity.class, mergeId);
            if (record == null) {
                throw new IllegalArgumentException("no merge " + mergeId);
            }
            if (record.getUndoneAt() != null) {
                throw new IllegalStateException("the merge of " + record.toMerge().mergedName() + " was undone before");
            }
            MemberEntity survivor = JpaMemberService.existing(em, record.getSurvivorId());
            MemberEntity merged = JpaMemberService.existing(em, record.getMergedId());
            Set<Long> chain = chain(em, merged.getId());
            Set<Long> holders = new LinkedHashSet<>(em.createQuery(
                    "SELECT DISTINCT a.memberId FROM CommunityActivity a WHERE a.originMemberId IN :chain",
                    Long.class).setParameter("chain", chain).getResultList());
            em.createQuery("UPDATE CommunityIdentity i SET i.memberId = :m WHERE i.originMemberId IN :chain")
                    .setParameter("m", merged.getId()).setParameter("chain", chain).executeUpdate();
            em.createQuery("UPDATE CommunityActivity a SET a.memberId = :m WHERE a.originMemberId IN :chain")
                    .setParameter("m", merged.getId()).setParameter("chain", chain).executeUpdate();
            em.createQuery("UPDATE CommunityActivity a SET a.targetMemberId = :m WHERE a.targetOriginId IN :chain")
                    .setParameter("m", merged.getId()).setParameter("chain", chain).executeUpdate();
            if (record.isLinkTaken() && merged.getPersonId() != null
                    && merged.getPersonId().equals(survivor.getPersonId())) {
                survivor.setPersonId(null);
            }
            merged.setMergedInto(null);
            record.setUndoneAt(clock.instant());
            List<MemberEntity> touched = new ArrayList<>(List.of(survivor, merged));
            for (long holder : holders) {
                if (holder != survivor.getId() && holder != merged.getId()) {
                    touched.add(JpaMemberService.existing(em, holder));
                }
            }
            touched.forEach(member -> refreshFigures(em, member));
            em.flush();
            return new Outcome(record.toMerge(), MemberMapper.toMembers(em, touched));
        });
    }

    List<MemberMerge> mergesOf(long memberId) {
        return unit.read(em -> em.createQuery("SELECT g FROM CommunityMerge g WHERE g.survivorId = :m"
                + " OR g.mergedId = :m ORDER BY g.id DESC", MergeEntity.class).setParameter("m", memberId)
                .getResultList().stream().map(MergeEntity::toMerge).toList());
    }

    /** The member and every member merged into it, directly or through others. */
    private static Set<Long> chain(EntityManager em, long memberId) {
        Set<Long> chain = new HashSet<>(Set.of(memberId));
        List<Long> frontier = List.of(memberId);
        while (!frontier.isEmpty()) {
            List<Long> next = em.createQuery("SELECT m.id FROM CommunityMember m WHERE m.mergedInto IN :ids",
                    Long.class).setParameter("ids", frontier).getResultList();
            frontier = next.stream().filter(chain::add).toList();
        }
        return chain;
    }

    /** An aggregate's time as the driver hands it (an Instant through the mapping, or a plain Timestamp). */
    static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** Counts a member's activities again from the rows. */
    static void refreshFigures(EntityManager em, MemberEntity member) {
        em.flush();
        Object[] row = em.createQuery("SELECT COUNT(a), MIN(a.occurredAt), MAX(a.occurredAt)"
                + " FROM CommunityActivity a WHERE a.memberId = :m", Object[].class)
                .setParameter("m", member.getId()).getSingleResult();
        member.setActivityFigures(((Number) row[0]).longValue(), instant(row[1]), instant(row[2]));
    }
}
