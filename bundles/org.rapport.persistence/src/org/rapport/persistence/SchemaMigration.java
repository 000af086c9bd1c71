package org.rapport.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * One step of a persistence unit's schema history: what turns version {@code toVersion - 1} into {@code toVersion}.
 * Steps run in one transaction per upgrade, after an automatic backup; columns and tables that are only added need no
 * step, since a new or upgraded unit gets its missing tables, columns and sequences generated once it is open.
 *
 * @param toVersion   the version this step produces (2 or more)
 * @param description what it changes, shown if it fails
 * @param step        the change, run on a connection without auto-commit; use prepared statements for values
 */
public record SchemaMigration(int toVersion, String description, Step step) {

    /** The change itself. */
    @FunctionalInterface
    public interface Step {
        /** Applies the change; do not commit, the database service does. */
        void apply(Connection connection) throws SQLException;
    }

    /** Checks the parts. */
    public SchemaMigration {
        if (toVersion < 2) {
            throw new IllegalArgumentException("a migration produces version 2 or later, not " + toVersion);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
    }
}
