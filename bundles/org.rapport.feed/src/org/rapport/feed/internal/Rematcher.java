package org.rapport.feed.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.rapport.core.PersonRef;
import org.rapport.feed.internal.model.IdentityEntity;

/**
 * Asks the contacts again about every identity not linked by a user, a page at a time (one transaction each), and
 * points the posts of the identities whose match changed at their new contact.
 */
final class Rematcher {

    /** Identities per transaction. */
    static final int PAGE = 500;

    /**
     * What a run changed.
     *
     * @param posts  the posts written by or mentioning an identity whose match changed
     * @param people the contacts they were and are matched to
     */
    record Outcome(List<Long> posts, Set<Long> people) {
    }

    private final FeedUnit unit;
    private final PersonMatcher matcher;
    private final Instant now;

    Rematcher(FeedUnit unit, PersonMatcher matcher, Instant now) {
        this.unit = unit;
        this.matcher = matcher;
        this.now = now;
    }

    Outcome run() {
        List<Long> posts = new ArrayList<>();
        Set<Long> people = new LinkedHashSet<>();
        if (!matcher.available()) {
            return new Outcome(posts, people);
        }
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            Long last = unit.write(em -> {
                List<IdentityEntity> page = em.createQuery("SELECT i FROM Identity i WHERE i.id > :after"
                        + " AND i.linkedByUser = FALSE ORDER BY i.id", IdentityEntity.class).setParameter("after", from)
                        .setMaxResults(PAGE).getResultList();
                for (IdentityEntity identity : page) {
                    Optional<PersonRef> person = matcher.match(identity.getNetwork(), identity.getHandle(),
                            identity.getEmail());
                    Long before = identity.getPersonId();
                    Long matched = person.map(PersonRef::id).orElse(null);
                    identity.setCheckedAt(now);
                    if (!Objects.equals(before, matched)) {
                        identity.setPerson(matched, person.map(PersonRef::displayName).orElse(null));
                        em.flush();
                        posts.addAll(repointPosts(em, identity));
                        if (before != null) {
                            people.add(before);
                        }
                        if (matched != null) {
                            people.add(matched);
                        }
                    } else if (matched != null && !person.get().displayName().equals(identity.getPersonName())) {
                        identity.setPerson(matched, person.get().displayName()); // the contact was renamed
                    }
                }
                return page.isEmpty() ? null : page.get(page.size() - 1).getId();
            });
            if (last == null) {
                return new Outcome(posts.stream().distinct().toList(), people);
            }
            after = last;
        }
    }

    /**
     * Copies an identity's match into the posts it wrote; returns those posts and the ones mentioning it (a mention
     * follows its identity without a change to the post).
     */
    static List<Long> repointPosts(EntityManager em, IdentityEntity identity) {
        em.createQuery("UPDATE Post p SET p.authorPersonId = :person WHERE p.authorId = :identity")
                .setParameter("person", identity.getPersonId()).setParameter("identity", identity.getId())
                .executeUpdate();
        List<Long> ids = new ArrayList<>(em.createQuery("SELECT p.id FROM Post p WHERE p.authorId = :identity",
                Long.class).setParameter("identity", identity.getId()).getResultList());
        ids.addAll(em.createQuery("SELECT p.id FROM Post p JOIN p.mentionIds m WHERE m = :identity", Long.class)
                .setParameter("identity", identity.getId()).getResultList());
        return ids;
    }
}
