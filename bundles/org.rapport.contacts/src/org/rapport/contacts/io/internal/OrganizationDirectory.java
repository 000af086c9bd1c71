package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

import org.rapport.contacts.internal.model.MembershipEmbeddable;
import org.rapport.contacts.internal.model.OrganizationEntity;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.persistence.access.UnitAccess;

/**
 * The organizations people of a file belong to, by name (ignoring case): loaded once, and created when a file names
 * one that does not exist yet, in a transaction of their own (an organization without members is harmless if the
 * chunk that needed it fails).
 */
final class OrganizationDirectory {

    private record Known(long id, String name) {
    }

    private final Map<String, Known> byName = new HashMap<>();

    static OrganizationDirectory load(EntityManager em) {
        OrganizationDirectory directory = new OrganizationDirectory();
        for (Object[] row : em.createQuery("SELECT o.id, o.name FROM Organization o", Object[].class).getResultList()) {
            directory.byName.putIfAbsent(key((String) row[1]), new Known((Long) row[0], (String) row[1]));
        }
        return directory;
    }

    /** Gives every membership of these people its organization's id, creating the organizations that are missing. */
    void resolve(List<PersonEntity> people, UnitAccess access) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (PersonEntity person : people) {
            for (MembershipEmbeddable membership : person.getMemberships()) {
                String key = key(membership.getOrganizationName());
                if (membership.getOrganizationId() == 0 && !byName.containsKey(key)) {
                    missing.putIfAbsent(key, membership.getOrganizationName().trim());
                }
            }
        }
        if (!missing.isEmpty() && access != null) {
            create(new ArrayList<>(missing.values()), access);
        }
        for (PersonEntity person : people) {
            List<MembershipEmbeddable> memberships = person.getMemberships();
            for (int i = 0; i < memberships.size(); i++) {
                MembershipEmbeddable membership = memberships.get(i);
                Known known = byName.get(key(membership.getOrganizationName()));
                if (membership.getOrganizationId() == 0 && known != null) {
                    memberships.set(i, new MembershipEmbeddable(known.id(), known.name(), membership.getRole()));
                }
            }
        }
    }

    private void create(List<String> names, UnitAccess access) {
        EntityManager em = access.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            List<OrganizationEntity> created = new ArrayList<>();
            for (String name : names) {
                OrganizationEntity organization = new OrganizationEntity(name);
                em.persist(organization);
                created.add(organization);
            }
            tx.commit();
            for (OrganizationEntity organization : created) {
                byName.put(key(organization.getName()), new Known(organization.getId(), organization.getName()));
            }
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
