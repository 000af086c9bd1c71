package org.rapport.feed.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.rapport.core.PersonRef;
import org.rapport.feed.internal.model.IdentityEntity;
import org.rapport.feed.sources.AuthorIdentity;

/**
 * The identities one chunk of posts refers to, read in a few queries, created when new, refreshed with what the
 * network says now (display name, followers) and matched to contacts: new identities and unmatched ones not asked for
 * a day are looked up; a matched identity keeps its match until {@code rematch}, and one a user linked keeps it always.
 */
final class IdentityBook {

    /** How long an unmatched identity is not asked about again while posts arrive (rematch asks at once). */
    static final Duration RECHECK = Duration.ofDays(1);
    private static final int IN_LIST = 400;

    private final EntityManager em;
    private final PersonMatcher matcher;
    private final Instant now;
    private final Map<String, IdentityEntity> byKey = new HashMap<>();

    private IdentityBook(EntityManager em, PersonMatcher matcher, Instant now) {
        this.em = em;
        this.matcher = matcher;
        this.now = now;
    }

    /** Reads the stored identities among {@code identities} into a new book. */
    static IdentityBook load(EntityManager em, Collection<AuthorIdentity> identities, PersonMatcher matcher, Instant now) {
        IdentityBook book = new IdentityBook(em, matcher, now);
        Map<String, List<String>> handles = new HashMap<>();
        for (AuthorIdentity identity : identities) {
            handles.computeIfAbsent(identity.network(), n -> new ArrayList<>()).add(handle(identity));
        }
        handles.forEach((network, list) -> {
            List<String> distinct = list.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += IN_LIST) {
                for (IdentityEntity stored : em.createQuery("SELECT i FROM Identity i WHERE i.network = :network"
                        + " AND i.handle IN :handles", IdentityEntity.class).setParameter("network", network)
                        .setParameter("handles", distinct.subList(from, Math.min(distinct.size(), from + IN_LIST)))
                        .getResultList()) {
                    book.byKey.put(stored.getNetwork() + ':' + stored.getHandle(), stored);
                }
            }
        });
        return book;
    }

    /** The identity's row: created, refreshed and matched as needed (new rows are persisted, not yet flushed). */
    IdentityEntity upsert(AuthorIdentity identity) {
        String handle = handle(identity);
        String key = identity.network() + ':' + handle;
        IdentityEntity row = byKey.get(key);
        if (row == null) {
            row = new IdentityEntity(identity.network(), handle);
            refresh(row, identity);
            match(row, identity);
            em.persist(row);
            byKey.put(key, row);
            return row;
        }
        refresh(row, identity);
        if (!row.isLinkedByUser() && row.getPersonId() == null
                && (row.getCheckedAt() == null || row.getCheckedAt().isBefore(now.minus(RECHECK)))) {
            match(row, identity);
        }
        return row;
    }

    private void match(IdentityEntity row, AuthorIdentity identity) {
        Optional<PersonRef> person = matcher.match(row.getNetwork(), row.getHandle(), identity.email());
        row.setPerson(person.map(PersonRef::id).orElse(null), person.map(PersonRef::displayName).orElse(null));
        row.setCheckedAt(now);
    }

    /** Copies what the network says now; values it did not give are kept. */
    private static void refresh(IdentityEntity row, AuthorIdentity identity) {
        String name = Keys.clip(identity.displayName(), 300);
        if (!name.isEmpty() && !name.equals(row.getDisplayName())) {
            row.setDisplayName(name);
        }
        if (identity.followers() >= 0 && identity.followers() != row.getFollowers()) {
            row.setFollowers(identity.followers());
        }
        if (identity.did() != null && !Objects.equals(identity.did(), row.getDid())) {
            row.setDid(Keys.clip(identity.did(), 300));
        }
        if (identity.email() != null && !Objects.equals(identity.email(), row.getEmail())) {
            row.setEmail(Keys.clip(identity.email(), 320));
        }
        if (identity.profileUrl() != null && !Objects.equals(identity.profileUrl(), row.getProfileUrl())) {
            row.setProfileUrl(Keys.clip(identity.profileUrl(), 2048));
        }
    }

    /** The handle as stored: normalised, at most the column's length. */
    static String handle(AuthorIdentity identity) {
        return Keys.clip(identity.handle(), IdentityEntity.HANDLE_LENGTH);
    }
}
