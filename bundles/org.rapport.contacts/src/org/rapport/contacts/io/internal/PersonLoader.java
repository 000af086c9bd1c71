package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rapport.contacts.internal.model.PersonEntity;


/**
 * Loads many people with their collections in a few queries: one for the people and one per collection ("batch
 * fetching" by id), instead of one query per person and collection, which the eager collections would cost otherwise.
 */
final class PersonLoader {

    /** People per query; Derby takes IN lists of this size without complaint. */
    static final int PAGE = 500;
    private static final String[] COLLECTIONS = { "emails", "phones", "addresses", "socialProfiles", "memberships", "tags",
            "customValues" };

    private PersonLoader() {
    }

    /** The people with these ids (missing ids are left out), managed by {@code em}, by id. */
    static Map<Long, PersonEntity> load(EntityManager em, Collection<Long> ids, boolean readOnly) {
        Map<Long, PersonEntity> people = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            for (PersonEntity person : query(em, all.subList(from, Math.min(from + PAGE, all.size())), readOnly).getResultList()) {
                people.put(person.getId(), person);
            }
        }
        return people;
    }

    /** The people with these ids in one page, for export. */
    static List<PersonEntity> page(EntityManager em, List<Long> ids) {
        Map<Long, PersonEntity> byId = new HashMap<>();
        for (PersonEntity person : query(em, ids, true).getResultList()) {
            byId.put(person.getId(), person);
        }
        List<PersonEntity> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            PersonEntity person = byId.get(id);
            if (person != null) {
                page.add(person);
            }
        }
        return page;
    }

    private static TypedQuery<PersonEntity> query(EntityManager em, List<Long> ids, boolean readOnly) {
        TypedQuery<PersonEntity> query = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", PersonEntity.class)
                .setParameter("ids", ids);
        for (String collection : COLLECTIONS) {
            query.setHint("eclipselink.batch", "p." + collection);
        }
        query.setHint("eclipselink.batch.type", "IN");
        if (readOnly) {
            query.setHint("eclipselink.read-only", "true");
        }
        return query;
    }
}
