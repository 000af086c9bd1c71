package org.rapport.persistence;

/**
 * A database problem described for the person who has to act on it: the message says what happened, where, and what
 * to do. {@link #reason()} lets callers (such as the command line, for its exit code) tell the cases apart.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure a caller may want to handle differently. */
    public enum Reason {
        /** Another process (a second Rapport window, the command line) has the embedded database open. */
        IN_USE,
        /** The database was written by a newer Rapport build, with a schema this build does not know. */
        NEWER_SCHEMA,
        /** An upgrade of an older schema failed; the database was left as it was before the upgrade. */
        UPGRADE_FAILED,
        /** A backup or restore could not be made. */
        BACKUP,
        /** The configured database could not be reached or has no driver in this installation. */
        UNREACHABLE,
        /** A database to copy into already holds Rapport data (see {@link DatabaseAdmin#migrateTo}). */
        TARGET_NOT_EMPTY,
        /**
         * The database holds a copy that {@link DatabaseAdmin#migrateTo} started and never finished (the copying
         * process was killed): its data is incomplete, so Rapport does not open it.
         */
        INCOMPLETE_COPY,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;

    /** Creates an exception with a message meant for people. */
    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Creates an exception with a message meant for people. */
    public DatabaseException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** What kind of failure this is. */
    public Reason reason() {
        return reason;
    }
}
