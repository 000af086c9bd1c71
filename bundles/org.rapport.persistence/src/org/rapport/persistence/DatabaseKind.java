package org.rapport.persistence;

/** Where the database lives. */
public enum DatabaseKind {
    /** Apache Derby embedded in this process, files under the workspace (the default for a single user). */
    EMBEDDED_DERBY("embedded Derby"),
    /** A Derby Network Server shared by a team. */
    DERBY_SERVER("Derby network server"),
    /** Another server database reached by JDBC URL (e.g. PostgreSQL), shared by a team. */
    SERVER("server database");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    /** A short description for people, e.g. "embedded Derby". */
    public String label() {
        return label;
    }

    /** Whether Derby's online backup and restore apply. */
    public boolean isDerby() {
        return this != SERVER;
    }
}
