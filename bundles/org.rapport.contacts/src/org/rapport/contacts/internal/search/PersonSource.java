package org.rapport.contacts.internal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import org.rapport.contacts.PersonRow;
import org.rapport.persistence.access.UnitAccess;

/**
 * Reads what the index needs from the database with a handful of projection queries per chunk of people (one for the
 * people, one per collection), instead of loading entities with their seven collections one person at a time.
 */
final class PersonSource {

    /** People per IN list; Derby handles lists of this size with an index lookup each. */
    private static final int IN_LIST = 500;

    private static final String PERSON = "SELECT p.id, p.version, p.updatedAt, p.firstName, p.lastName, p.sortName,"
            + " p.primaryEmail, p.primaryPhone, p.organizationName, p.city, p.owner FROM Person p";
    private static final String EMAILS = "SELECT p.id, e.address FROM Person p JOIN p.emails e";
    private static final String HANDLES = "SELECT p.id, s.handle FROM Person p JOIN p.socialProfiles s";
    private static final String ORGANIZATIONS = "SELECT p.id, m.organizationName FROM Person p JOIN p.memberships m";
    private static final String TAGS = "SELECT p.id, t FROM Person p JOIN p.tags t";

    private final UnitAccess db;

    PersonSource(UnitAccess db) {
        this.db = db;
    }

    /** The database's fingerprint. */
    IndexFingerprint fingerprint() {
        return db.read(em -> {
            Object[] row = em.createQuery("SELECT COUNT(p), MAX(p.id), MAX(p.updatedAt) FROM Person p", Object[].class)
                    .getSingleResult();
            long count = ((Number) row[0]).longValue();
            long maxId = row[1] == null ? 0 : ((Number) row[1]).longValue();
            return new IndexFingerprint(count, maxId, millis((Instant) row[2]));
        });
    }

    /** Up to {@code max} people with ids above {@code afterId}, by id. */
    List<IndexedPerson> after(long afterId, int max) {
        return db.read(em -> {
            List<Object[]> people = em.createQuery(PERSON + " WHERE p.id > :after ORDER BY p.id", Object[].class)
                    .setParameter("after", afterId).setMaxResults(max).getResultList();
            if (people.isEmpty()) {
                return List.of();
            }
            long last = (Long) people.get(people.size() - 1)[0];
            String range = " WHERE p.id > :after AND p.id <= :last";
            return assemble(people, kind -> em.createQuery(kind + range, Object[].class).setParameter("after", afterId)
                    .setParameter("last", last));
        });
    }

    /** The people with these ids that exist; ids without a person are left out. */
    List<IndexedPerson> byIds(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<IndexedPerson> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            found.addAll(db.read(em -> {
                List<Object[]> people = em.createQuery(PERSON + " WHERE p.id IN :ids", Object[].class)
                        .setParameter("ids", chunk).getResultList();
                return people.isEmpty() ? List.<IndexedPerson>of()
                        : assemble(people, kind -> em.createQuery(kind + " WHERE p.id IN :ids", Object[].class)
                                .setParameter("ids", chunk));
            }));
        }
        return found;
    }

    /** Up to {@code max} (id, version) pairs with ids above {@code afterId}, by id: {@code [ids, versions]}. */
    long[][] versionsAfter(long afterId, int max) {
        List<Object[]> rows = db.read(em -> em.createQuery("SELECT p.id, p.version FROM Person p WHERE p.id > :after"
                + " ORDER BY p.id", Object[].class).setParameter("after", afterId).setMaxResults(max).getResultList());
        long[] ids = new long[rows.size()];
        long[] versions = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) rows.get(i)[0]).longValue();
            versions[i] = ((Number) rows.get(i)[1]).longValue();
        }
        return new long[][] { ids, versions };
    }

    private interface CollectionQuery {
        TypedQuery<Object[]> of(String select);
    }

    private static List<IndexedPerson> assemble(List<Object[]> people, CollectionQuery query) {
        Map<Long, List<String>> emails = grouped(query.of(EMAILS).getResultList());
        Map<Long, List<String>> handles = grouped(query.of(HANDLES).getResultList());
        Map<Long, List<String>> organizations = grouped(query.of(ORGANIZATIONS).getResultList());
        Map<Long, List<String>> tags = grouped(query.of(TAGS).getResultList());
        List<IndexedPerson> result = new ArrayList<>(people.size());
        for (Object[] p : people) {
            long id = (Long) p[0];
            PersonRow row = new PersonRow(id, text(p[3]), text(p[4]), text(p[6]), text(p[7]), text(p[8]), text(p[9]),
                    text(p[10]));
            result.add(new IndexedPerson(row, ((Number) p[1]).longValue(), millis((Instant) p[2]), text(p[5]),
                    emails.getOrDefault(id, List.of()), handles.getOrDefault(id, List.of()),
                    organizations.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
        }
        return result;
    }

    private static Map<Long, List<String>> grouped(List<Object[]> rows) {
        Map<Long, List<String>> byPerson = new HashMap<>();
        for (Object[] row : rows) {
            if (row[1] != null) {
                byPerson.computeIfAbsent((Long) row[0], id -> new ArrayList<>(2)).add((String) row[1]);
            }
        }
        return byPerson;
    }

    private static String text(Object value) {
        return value == null ? "" : (String) value;
    }

    static long millis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }
}
