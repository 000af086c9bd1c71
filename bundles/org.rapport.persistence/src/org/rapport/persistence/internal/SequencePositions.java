package org.rapport.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sets the sequences of a copied PostgreSQL database to where the source's stood, so that the next id the target hands
 * out follows the copied ones (EclipseLink takes a block of ids ending at each value it draws, so the next value must
 * be exactly the one the source would have returned next).
 */
final class SequencePositions {

    private final Connection from;
    private final Connection to;

    SequencePositions(Connection from, Connection to) {
        this.from = from;
        this.to = to;
    }

    /** Copies the position of every source sequence the target also has. */
    void copy() throws SQLException {
        Set<String> inTarget = UnitTables.existingSequences(to);
        for (Map.Entry<String, Long> sequence : nextValues().entrySet()) {
            if (!inTarget.contains(sequence.getKey())) {
                continue;
            }
            try (PreparedStatement s = to.prepareStatement("SELECT setval(CAST(? AS regclass), ?, false)")) {
                s.setString(1, sequence.getKey().toLowerCase(Locale.ROOT)); // created unquoted, so folded to lower case
                s.setLong(2, sequence.getValue());
                s.executeQuery().close();
            }
        }
    }

    /** The value each source sequence returns next, by upper-case name; sequences never used or exhausted are left out. */
    private Map<String, Long> nextValues() throws SQLException {
        Map<String, Long> next = new TreeMap<>();
        if (from.getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
            try (PreparedStatement peek = from.prepareStatement(
                    "SELECT SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE(?, ?) FROM SYSIBM.SYSDUMMY1")) {
                for (String sequence : UnitTables.existingSequences(from)) {
                    peek.setString(1, from.getSchema());
                    peek.setString(2, sequence);
                    try (ResultSet r = peek.executeQuery()) {
                        if (r.next() && r.getObject(1) != null) {
                            next.put(sequence, r.getLong(1));
                        }
                    }
                }
            }
            return next;
        }
        try (Statement s = from.createStatement(); ResultSet r = s.executeQuery("SELECT sequencename, last_value,"
                + " increment_by FROM pg_sequences WHERE schemaname = current_schema()")) {
            while (r.next()) {
                long last = r.getLong(2);
                if (!r.wasNull()) {
                    next.put(r.getString(1).toUpperCase(Locale.ROOT), last + r.getLong(3));
                }
            }
        }
        return next;
    }
}
