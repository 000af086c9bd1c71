package org.rapport.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import org.rapport.contacts.ContactQuery;

/**
 * The two list queries whose JPQL form is too slow over a million people, in SQL on {@code PersonEntity}'s table:
 * <ul>
 * <li>the ordered ids of a list, read straight from JDBC into a {@code long[]}: EclipseLink makes a record and a
 * {@code Long} of every row first, which takes about three times as long and 100 MB of garbage for a million;</li>
 * <li>a filter by prefix as two index range scans, on the sort name and on the primary email, united and then
 * sorted: Derby uses no index for {@code sortName LIKE ? OR primaryEmail LIKE ?} and, sorted by name, walks the name
 * index fetching every row: 14 s for a prefix nobody has, against 1 ms here.</li>
 * </ul>
 * Column names are those of the mapping, chosen by the {@link org.rapport.contacts.ContactSort} enum; the only value
 * from the user is bound as a parameter.
 */
final class ListQueries {

    private static final String MATCHES = "SELECT ID FROM CONTACT_PERSON WHERE SORT_NAME LIKE ? ESCAPE '\\'"
            + " UNION SELECT ID FROM CONTACT_PERSON WHERE PRIMARY_EMAIL LIKE ? ESCAPE '\\'";
    private static final int FETCH_SIZE = 10_000;

    private ListQueries() {
    }

    /**
     * The ids of a list in its order, or {@code null} when this entity manager gives no JDBC connection (then the
     * caller reads them by JPQL). Call it inside a transaction: EclipseLink hands out its connection only then.
     */
    static long[] ids(EntityManager em, ContactQuery query) {
        return read(em, query, orderedIds(query), -1, -1);
    }

    /**
     * The ids of the rows {@code offset} to {@code offset + limit - 1} of a list, or {@code null} as for
     * {@link #ids}: read from the sort column's index alone (it holds the id too), so the first page of a list in any
     * order costs a short index scan, not a sort of everyone's rows.
     */
    static long[] pageIds(EntityManager em, ContactQuery query, int offset, int limit) {
        return read(em, query, pageSql(query), offset, limit);
    }

    /**
     * The SQL of {@link #pageIds}: the prefix pattern (twice, when filtered), then offset and limit as parameters. On
     * PostgreSQL a filtered page reads {@link PrefixIndexes}.
     */
    static String pageSql(ContactQuery query) {
        return orderedIds(query) + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    private static String orderedIds(ContactQuery query) {
        String direction = query.descending() ? " DESC" : "";
        String column = column(query);
        // A filtered list sorts only its matches: each branch of the union carries the sort key along (from the
        // index it scans, or one row lookup a match), instead of joining the matches to a walk over everyone.
        return query.prefix().isEmpty()
                ? "SELECT ID FROM CONTACT_PERSON ORDER BY " + column + direction + ", ID" + direction
                : "SELECT ID, " + column + " FROM CONTACT_PERSON WHERE SORT_NAME LIKE ? ESCAPE '\\'"
                        + " UNION SELECT ID, " + column + " FROM CONTACT_PERSON WHERE PRIMARY_EMAIL LIKE ? ESCAPE '\\'"
                        + " ORDER BY 2" + direction + ", 1" + direction;
    }

    private static long[] read(EntityManager em, ContactQuery query, String sql, int offset, int limit) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (!query.prefix().isEmpty()) {
                String pattern = pattern(query);
                statement.setString(parameter++, pattern);
                statement.setString(parameter++, pattern);
            }
            if (limit >= 0) {
                statement.setInt(parameter++, Math.max(0, offset));
                statement.setInt(parameter, limit);
            }
            statement.setFetchSize(limit >= 0 ? Math.max(1, limit) : FETCH_SIZE);
            long[] ids = new long[limit >= 0 ? Math.max(1, limit) : 1024];
            int count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, ids.length * 2);
                    }
                    ids[count++] = rows.getLong(1);
                }
            }
            return Arrays.copyOf(ids, count);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the list of people: " + e.getMessage(), e);
        }
    }

    /** How many people a filter by prefix matches. */
    static int count(EntityManager em, ContactQuery query) {
        Query sql = em.createNativeQuery("SELECT COUNT(*) FROM (" + MATCHES.replace("?", "?1") + ") M");
        return ((Number) sql.setParameter(1, pattern(query)).getSingleResult()).intValue();
    }

    private static String pattern(ContactQuery query) {
        return JpaContactService.escapeLike(query.prefix()) + "%";
    }

    /** The column of a sort order, from the enum (never from user input). */
    static String column(ContactQuery query) {
        return switch (query.sort()) {
            case NAME -> "SORT_NAME";
            case EMAIL -> "PRIMARY_EMAIL";
            case ORGANIZATION -> "ORGANIZATION_NAME";
            case CITY -> "CITY";
            case OWNER -> "OWNER";
        };
    }
}
