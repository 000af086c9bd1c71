package org.rapport.persistence;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the database is and holds, for the About dialog, the overview and {@code rapport-cli info}.
 *
 * @param kind           embedded or server
 * @param location       a password-free description: the directory of an embedded database, else the JDBC URL
 * @param directory      the embedded database's directory, or {@code null} for a server database
 * @param exists         whether the database has been created (an embedded one is created on first use)
 * @param engine         database product name and version, or empty when it was not opened
 * @param schemaVersions the schema version recorded for each persistence unit, by unit name
 */
public record DatabaseInfo(DatabaseKind kind, String location, Path directory, boolean exists, String engine,
        Map<String, Integer> schemaVersions) {

    /** Copies the map so the record stays immutable. */
    public DatabaseInfo {
        schemaVersions = Map.copyOf(schemaVersions);
    }
}
