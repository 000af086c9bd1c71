package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.tools.schemaframework.DatabaseObjectDefinition;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.eclipse.persistence.tools.schemaframework.SequenceObjectDefinition;

/**
 * Creates a unit's missing tables, columns and sequences, as EclipseLink's {@code create-or-extend-tables} does, but
 * without trying to create a sequence that exists.
 * <p>
 * Why not the {@code eclipselink.ddl-generation} property: EclipseLink 5.0 cannot tell whether a sequence exists (its
 * {@code SchemaManager} builds each {@code SequenceObjectDefinition} without the sequence, so the check fails with a
 * {@code NullPointerException} that it takes for "missing"), and {@code TableCreator.extendTables} creates the
 * sequences twice. Every {@code @SequenceGenerator} then cost a {@code CREATE SEQUENCE ... already exists} warning,
 * with its SQL, on the first start of every workspace and on every upgrade. Here the sequences that exist are read
 * from the database's catalog before the tables are generated, and only the others are created.
 */
final class UnitTables {

    private UnitTables() {
    }

    /**
     * The names (upper case, unqualified) of the sequences in the connection's current schema: from Derby's catalog,
     * or from the JDBC metadata of another database (PostgreSQL lists them as tables of type {@code SEQUENCE}).
     */
    static Set<String> existingSequences(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        DatabaseMetaData meta = c.getMetaData();
        if (meta.getDatabaseProductName().startsWith("Apache Derby")) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT q.SEQUENCENAME FROM SYS.SYSSEQUENCES q"
                            + " JOIN SYS.SYSSCHEMAS m ON q.SCHEMAID = m.SCHEMAID WHERE m.SCHEMANAME = CURRENT SCHEMA")) {
                while (r.next()) {
                    names.add(r.getString(1).toUpperCase(Locale.ROOT));
                }
            }
        } else {
            try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] { "SEQUENCE" })) {
                while (r.next()) {
                    names.add(r.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /**
     * Creates the missing tables and sequences of an open unit and adds missing columns to its tables.
     *
     * @param existingSequences what {@link #existingSequences} read before; sequences created here are added to it
     */
    static void createOrExtend(EntityManagerFactory emf, Set<String> existingSequences) {
        new SequenceCheckingSchemaManager(JpaHelper.getDatabaseSession(emf), existingSequences).extendDefaultTables(true);
    }

    /** EclipseLink's schema manager, told which sequences exist. */
    private static final class SequenceCheckingSchemaManager extends SchemaManager {

        private final Set<String> existingSequences;

        SequenceCheckingSchemaManager(DatabaseSession session, Set<String> existingSequences) {
            super(session);
            this.existingSequences = existingSequences;
        }

        @Override
        public void createObject(DatabaseObjectDefinition definition) {
            if (definition instanceof SequenceObjectDefinition
                    && !existingSequences.add(definition.getName().toUpperCase(Locale.ROOT))) {
                return;
            }
            super.createObject(definition);
        }
    }
}
