package org.rapport.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link DatabaseAdmin#migrateTo} copied.
 *
 * @param target       the target database, without password or URL parameters
 * @param rowsPerTable every copied table with its row count (equal in source and target), in the order of copying
 * @param units        the persistence units whose data was copied, with their schema versions
 */
public record MigrationReport(String target, Map<String, Long> rowsPerTable, Map<String, Integer> units) {

    /** Copies the maps, keeping their order, so the record stays immutable. */
    public MigrationReport {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerTable));
        units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
    }

    /** All copied rows. */
    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
