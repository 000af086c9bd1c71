package org.rapport.community.internal.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.rapport.community.Identity;
import org.rapport.community.internal.model.MemberEntity;
import org.rapport.community.internal.model.MemberIdentityEntity;

/**
 * Finds the member of an identity read from a file, or creates one, inside the chunk's transaction: by the identity
 * (network and handle), then by the email address the file gives, else a new member with the identity (and the email
 * as a second identity). A member found by email gains the new identity. Identities seen are remembered for the rest
 * of the import (one query per new person, not per row); a resolver serves one import, whose failure ends it.
 */
public final class MemberResolver {

    private final String source;
    private final Map<String, Long> known = new HashMap<>();
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
        Long cached = known.get(identity.key());
        if (cached != null && (email == null || known.containsKey("email:" + email))) {
            return cached;
        }
        Optional<MemberIdentityEntity> stored = find(em, identity.network(), identity.handle());
        if (stored.isPresent()) {
            long member = stored.get().getMemberId();
            known.put(identity.key(), member);
            if (email != null && !identity.network().equals("email") && find(em, "email", email).isEmpty()) {
                persist(em, member, Identity.of("email", email, displayName, false, source));
            }
            return member;
        }
        if (email != null && !identity.network().equals("email")) {
            Optional<MemberIdentityEntity> byEmail = find(em, "email", email);
            if (byEmail.isPresent()) {
                known.put("email:" + email, byEmail.get().getMemberId());
                persist(em, byEmail.get().getMemberId(), identity);
                return byEmail.get().getMemberId();
            }
        }
        MemberEntity member = new MemberEntity();
        member.setDisplayName(displayName == null || displayName.isBlank() ? identity.handle() : displayName);
        em.persist(member); // the sequence gives the id here, so the identities need no flush
        persist(em, member.getId(), identity);
        if (email != null && !identity.network().equals("email")) {
            persist(em, member.getId(), Identity.of("email", email, displayName, false, source));
        }
        created++;
        return member.getId();
    }

    private static Optional<MemberIdentityEntity> find(EntityManager em, String network, String handle) {
        return em.createQuery("SELECT i FROM CommunityIdentity i WHERE i.network = :n AND i.handle = :h",
                MemberIdentityEntity.class).setParameter("n", network)
                .setParameter("h", Identity.normalizeHandle(handle)).getResultStream().findFirst();
    }

    private void persist(EntityManager em, long memberId, Identity identity) {
        MemberIdentityEntity row = new MemberIdentityEntity(memberId, identity.network(), identity.handle());
        row.setDisplayName(identity.displayName());
        row.setSource(identity.source());
        em.persist(row);
        known.put(identity.key(), memberId);
    }
}
