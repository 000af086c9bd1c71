package org.rapport.community.internal.imports;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.rapport.community.Identity;
import org.rapport.community.internal.model.IdentityEntity;
import org.rapport.community.internal.model.MemberEntity;

/**
 * Finds the member of an identity read from a file, or creates one, inside the chunk's transaction: by the identity
 * (network and handle), then by the email address the file gives, else a new member with the identity (and the email
 * as a second identity). A member found by email gains the new identity.
 */
public final class MemberResolver {

    private final String source;
    private int created;

    /** A resolver whose new identities record {@code source}. */
    public MemberResolver(String source) {
        this.source = source;
    }

    /** Members created so far. */
    public int created() {
        return created;
    }

    /** The member's id. */
    public long member(EntityManager em, String network, String handle, String displayName, String email) {
        Identity identity = Identity.of(network, handle, displayName, false, source);
        if (identity.handle().isEmpty()) {
            throw new IllegalArgumentException("an empty handle");
        }
        Optional<IdentityEntity> known = find(em, identity.network(), identity.handle());
        if (known.isPresent()) {
            long member = known.get().getMemberId();
            if (email != null && !identity.network().equals("email") && find(em, "email", email).isEmpty()) {
                persist(em, member, Identity.of("email", email, displayName, false, source));
            }
            return member;
        }
        if (email != null && !identity.network().equals("email")) {
            Optional<IdentityEntity> byEmail = find(em, "email", email);
            if (byEmail.isPresent()) {
                persist(em, byEmail.get().getMemberId(), identity);
                return byEmail.get().getMemberId();
            }
        }
        MemberEntity member = new MemberEntity();
        member.setDisplayName(displayName == null || displayName.isBlank() ? identity.handle() : displayName);
        em.persist(member);
        em.flush();
        persist(em, member.getId(), identity);
        if (email != null && !identity.network().equals("email")) {
            persist(em, member.getId(), Identity.of("email", email, displayName, false, source));
        }
        created++;
        return member.getId();
    }

    private static Optional<IdentityEntity> find(EntityManager em, String network, String handle) {
        return em.createQuery("SELECT i FROM CommunityIdentity i WHERE i.network = :n AND i.handle = :h",
                IdentityEntity.class).setParameter("n", network).setParameter("h", Identity.normalizeHandle(handle))
                .getResultStream().findFirst();
    }

    private static void persist(EntityManager em, long memberId, Identity identity) {
        IdentityEntity row = new IdentityEntity(memberId, identity.network(), identity.handle());
        row.setDisplayName(identity.displayName());
        row.setSource(identity.source());
        em.persist(row);
        em.flush();
    }
}
