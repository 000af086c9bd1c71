package org.rapport.community.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rapport.community.MemberQuery;

/** The JPQL of a {@link MemberQuery}: one WHERE clause for the list and its count. */
final class MemberQueries {

    private final String where;
    private final List<Object[]> parameters = new ArrayList<>();

    MemberQueries(MemberQuery query) {
        StringBuilder w = new StringBuilder(" WHERE m.mergedInto IS NULL");
        if (!query.text().isEmpty()) {
            String text = query.text().toLowerCase(Locale.ROOT);
            String handle = org.rapport.community.Identity.normalizeHandle(query.text());
            w.append(" AND (m.nameKey LIKE :prefix ESCAPE '\\' OR m.nameKey LIKE :word ESCAPE '\\' OR LOWER(m.organization) LIKE :prefix ESCAPE '\\'"
                    + " OR EXISTS (SELECT i.id FROM CommunityIdentity i WHERE i.memberId = m.id"
                    + " AND i.handle LIKE :handle ESCAPE '\\'))");
            parameters.add(new Object[] { "prefix", escape(text) + "%" });
            parameters.add(new Object[] { "word", "% " + escape(text) + "%" });
            parameters.add(new Object[] { "handle", escape(handle) + "%" });
        }
        if (!query.tag().isEmpty()) {
            w.append(" AND m.tags LIKE :tag ESCAPE '\\'");
            parameters.add(new Object[] { "tag", "%," + escape(query.tag().toLowerCase(Locale.ROOT)) + ",%" });
        }
        if (query.team() != null) {
            w.append(query.team() ? " AND m.team = TRUE" : " AND m.team = FALSE");
        }
        if (query.ambassador()) {
            w.append(" AND m.ambassador IS NOT NULL");
        }
        if (query.linked() != null) {
            w.append(query.linked() ? " AND m.personId IS NOT NULL" : " AND m.personId IS NULL");
        }
        where = w.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String where() {
        return where;
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        for (Object[] parameter : parameters) {
            query.setParameter((String) parameter[0], parameter[1]);
        }
        return query;
    }

    static String orderBy(MemberQuery.Sort sort) {
        return switch (sort) {
            case NAME -> " ORDER BY m.nameKey, m.id";
            case LAST_ACTIVE -> " ORDER BY m.lastActive DESC NULLS LAST, m.id";
            case ACTIVITY_COUNT -> " ORDER BY m.activityCount DESC, m.nameKey, m.id";
        };
    }

    static <T> TypedQuery<T> list(EntityManager em, MemberQuery query, Class<T> type) {
        MemberQueries q = new MemberQueries(query);
        return q.bind(em.createQuery("SELECT m FROM CommunityMember m" + q.where() + orderBy(query.sort()), type));
    }

    static long count(EntityManager em, MemberQuery query) {
        MemberQueries q = new MemberQueries(query);
        return q.bind(em.createQuery("SELECT COUNT(m) FROM CommunityMember m" + q.where(), Long.class))
                .getSingleResult();
    }
}
