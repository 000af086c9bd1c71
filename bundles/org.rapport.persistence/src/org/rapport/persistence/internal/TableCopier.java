package org.rapport.persistence.internal;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.SubMonitor;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Copies rows between two databases with plain JDBC: the tables of the connections' current schemas, matched by name
 * (Derby reports names in upper case, PostgreSQL in lower case; both fold unquoted names, which is how Rapport's tables
 * are created), in foreign-key order of the target, in JDBC batches, converting what the two databases store
 * differently (Derby keeps booleans as SMALLINT for EclipseLink, and large text as CLOB).
 */
final class TableCopier {

    private static final int BATCH_ROWS = 1000;

    /**
     * The tables of a connection's current schema.
     *
     * @param actual names as the database reports them, by upper-case name
     * @param rows   row counts, by upper-case name
     */
    record Tables(Map<String, String> actual, Map<String, Long> rows) {

        /** Upper-case names, sorted. */
        Set<String> names() {
            return actual.keySet();
        }

        boolean has(String table) {
            return actual.containsKey(table.toUpperCase(Locale.ROOT));
        }

        long rows(String table) {
            return rows.getOrDefault(table.toUpperCase(Locale.ROOT), 0L);
        }

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Connection from;
    private final Connection to;
    private final Tables targetTables;

    TableCopier(Connection from, Connection to) throws SQLException {
        this.from = from;
        this.to = to;
        this.targetTables = tablesOf(to);
    }

    /** The tables of the connection's current schema with their row counts. */
    static Tables tablesOf(Connection c) throws SQLException {
        Map<String, String> actual = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] { "TABLE" })) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME");
                actual.put(name.toUpperCase(Locale.ROOT), name);
            }
        }
        for (Map.Entry<String, String> table : actual.entrySet()) {
            rows.put(table.getKey(), count(c, table.getValue()));
        }
        return new Tables(actual, rows);
    }

    /**
     * The source's tables to copy, parents before the tables whose foreign keys point at them (in the target). A table
     * the target lacks is skipped when it is empty and refused when it holds rows.
     */
    List<String> order(Tables source) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        for (String table : source.names()) {
            if (table.equals(SchemaVersions.TABLE)) {
                continue;
            }
            if (!targetTables.has(table)) {
                if (source.rows(table) > 0) {
                    lost.add(table + " (" + source.rows(table) + " rows)");
                }
                continue;
            }
            parents.put(table, referencedTables(table));
        }
        if (!lost.isEmpty()) {
            throw new DatabaseException(Reason.OTHER, "The tables " + String.join(", ", lost) + " belong to no"
                    + " persistence unit opened for the copy, so their data would be lost; nothing is copied.");
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < parents.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue().stream()
                        .filter(parent -> parents.containsKey(parent) && !parent.equals(table.getKey())).toList())) {
                    placed.add(table.getKey());
                    ordered.add(table.getKey());
                    progress = true;
                }
            }
            if (!progress) { // a cycle of foreign keys: copy the rest by name, the database reports what does not fit
                parents.keySet().stream().filter(t -> !placed.contains(t)).forEach(t -> {
                    placed.add(t);
                    ordered.add(t);
                });
            }
        }
        return ordered;
    }

    /** Removes rows the target's table generation wrote (sequence tables), children first. */
    void clearGeneratedRows(List<String> tables) throws SQLException {
        List<String> childrenFirst = new ArrayList<>(tables);
        Collections.reverse(childrenFirst);
        for (String table : childrenFirst) {
            if (count(to, targetName(table)) > 0) {
                try (Statement s = to.createStatement()) {
                    s.executeUpdate("DELETE FROM " + targetName(table)); // a name from the catalog, not user input
                }
            }
        }
    }

    /** Copies one table's rows; returns how many. */
    long copy(String table, SubMonitor progress) throws SQLException {
        Map<String, Integer> targetColumns = columnTypes(table);
        List<String> columns = new ArrayList<>();
        try (Statement s = from.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM " + sourceName(table) + " WHERE 1 = 0")) {
            ResultSetMetaData meta = r.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i).toUpperCase(Locale.ROOT);
                if (!targetColumns.containsKey(column)) {
                    throw new DatabaseException(Reason.OTHER, "The target's table " + table + " has no column " + column
                            + "; was it created by another version of Rapport?");
                }
                columns.add(column);
            }
        }
        String list = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        long copied = 0;
        try (Statement select = from.createStatement();
                PreparedStatement insert = to.prepareStatement(
                        "INSERT INTO " + targetName(table) + " (" + list + ") VALUES (" + marks + ")")) {
            select.setFetchSize(BATCH_ROWS);
            try (ResultSet r = select.executeQuery("SELECT " + list + " FROM " + sourceName(table))) {
                int inBatch = 0;
                while (r.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        set(insert, i + 1, r.getObject(i + 1), targetColumns.get(columns.get(i)));
                    }
                    insert.addBatch();
                    if (++inBatch == BATCH_ROWS) {
                        insert.executeBatch();
                        copied += inBatch;
                        progress.worked(inBatch);
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    insert.executeBatch();
                    copied += inBatch;
                    progress.worked(inBatch);
                }
            }
        }
        return copied;
    }

    /** Compares the row counts of source and target; the copy is refused when one differs. */
    void verifyCounts(Map<String, Long> copied) throws SQLException {
        List<String> differ = new ArrayList<>();
        for (String table : copied.keySet()) {
            long inSource = count(from, sourceName(table));
            long inTarget = count(to, targetName(table));
            if (inSource != inTarget || inSource != copied.get(table)) {
                differ.add(table + " (source " + inSource + ", target " + inTarget + ")");
            }
        }
        if (!differ.isEmpty()) {
            throw new DatabaseException(Reason.OTHER, "The row counts differ after copying: " + String.join(", ", differ)
                    + ". Was Rapport writing to the source while it was copied? Close it and copy again.");
        }
    }

    /** Drops the tables and sequences of the current schema that are not in {@code before} (upper-case names). */
    static List<String> dropCreated(Connection c, Set<String> before) throws SQLException {
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, String> table : tablesOf(c).actual().entrySet()) {
            if (!before.contains(table.getKey())) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DROP TABLE " + table.getValue() + " CASCADE"); // PostgreSQL only, as targets are
                }
                dropped.add(table.getValue());
            }
        }
        for (String sequence : UnitTables.existingSequences(c)) {
            if (!before.contains(sequence)) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DROP SEQUENCE " + sequence);
                }
                dropped.add(sequence);
            }
        }
        return dropped;
    }

    private static void set(PreparedStatement insert, int index, Object value, int targetType) throws SQLException {
        if (value == null) {
            insert.setNull(index, targetType);
        } else if (value instanceof Clob clob) {
            insert.setString(index, clob.getSubString(1, (int) clob.length()));
        } else if (value instanceof Blob blob) {
            insert.setBytes(index, blob.getBytes(1, (int) blob.length()));
        } else if ((targetType == Types.BOOLEAN || targetType == Types.BIT) && value instanceof Number number) {
            insert.setBoolean(index, number.intValue() != 0);
        } else {
            insert.setObject(index, value);
        }
    }

    /** The target's columns of a table and their JDBC types, by upper-case name. */
    private Map<String, Integer> columnTypes(String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        DatabaseMetaData meta = to.getMetaData();
        try (ResultSet r = meta.getColumns(to.getCatalog(), to.getSchema(), targetName(table), "%")) {
            while (r.next()) {
                types.put(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), r.getInt("DATA_TYPE"));
            }
        }
        return types;
    }

    /** The tables the target's table references by foreign key, upper case. */
    private Set<String> referencedTables(String table) throws SQLException {
        Set<String> referenced = new LinkedHashSet<>();
        DatabaseMetaData meta = to.getMetaData();
        try (ResultSet r = meta.getImportedKeys(to.getCatalog(), to.getSchema(), targetName(table))) {
            while (r.next()) {
                referenced.add(r.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return referenced;
    }

    private String targetName(String table) {
        return targetTables.actual().get(table);
    }

    /** Unquoted: the source folds it to its own case. */
    private static String sourceName(String table) {
        return table;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
