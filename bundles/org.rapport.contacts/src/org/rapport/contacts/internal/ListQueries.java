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
 * The two list queries whose JPQL form is too slow over a million people, in SQL on {@code Person}'s table:
 * <ul>
 * <li>the ordered ids of a list, read straight from JDBC into a {@code long[]}: EclipseLink makes a record and a
 * {@code Long} of every row first, which takes about three times as long and 100 MB of garbage for a million;</li>
 * <li>a filter by prefix as two index range scans, on the sort name and on the primary email, united: Derby uses no
 * index for {@code sortName LIKE ? OR primaryEmail LIKE ?} and, sorted by name, walks the name index fetching every
 * row: 14 s for a prefix nobody has, against 1 ms here; 8,000 matches take 0.2 s.</li>
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
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            return null;
        }
        String direction = query.descending() ? " DESC" : "";
        String order = " ORDER BY P." + column(query) + direction + ", P.ID" + direction;
        String sql = query.prefix().isEmpty() ? "SELECT P.ID FROM CONTACT_PERSON P" + order
                : "SELECT P.ID FROM CONTACT_PERSON P JOIN (" + MATCHES + ") M ON P.ID = M.ID" + order;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (!query.prefix().isEmpty()) {
                String pattern = pattern(query);
                statement.setString(1, pattern);
                statement.setString(2, pattern);
            }
            statement.setFetchSize(FETCH_SIZE);
            long[] ids = new long[1024];
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
