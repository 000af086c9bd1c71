package org.rapport.community.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.rapport.community.Identity;
import org.rapport.community.Member;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.MemberIdentityEntity;

/** Member rows to API members, with their identities read in one query per page. */
final class MemberMapper {

    private MemberMapper() {
    }

    /** The members of these rows, in their order. */
    static List<Member> toMembers(EntityManager em, List<MemberEntity> rows) {
        Map<Long, List<Identity>> identities = new HashMap<>();
        List<Long> ids = rows.stream().map(MemberEntity::getId).toList();
        for (MemberIdentityEntity identity : Chunks.query(ids, 500, part -> em.createQuery(
                "SELECT i FROM CommunityIdentity i WHERE i.memberId IN :ids ORDER BY i.id", MemberIdentityEntity.class)
                .setParameter("ids", part).getResultList())) {
            identities.computeIfAbsent(identity.getMemberId(), id -> new ArrayList<>()).add(toIdentity(identity));
        }
        return rows.stream().map(row -> toMember(row, identities.getOrDefault(row.getId(), List.of()))).toList();
    }

    /** One member. */
    static Member toMember(EntityManager em, MemberEntity row) {
        return toMembers(em, List.of(row)).get(0);
    }

    static Member toMember(MemberEntity row, List<Identity> identities) {
        return new Member(row.getId(), row.getDisplayName(), row.getPersonId(), row.getOrganization(), row.getTags(),
                row.isTeam(), row.getAmbassador(), row.getAmbassadorSince(), identities, row.getFirstActive(),
                row.getLastActive(), row.getActivityCount(), row.getMergedInto(), row.revision());
    }

    static Identity toIdentity(MemberIdentityEntity row) {
        return new Identity(row.getId(), row.getNetwork(), row.getHandle(), row.getDisplayName(), row.isVerified(),
                row.getSource());
    }
}
