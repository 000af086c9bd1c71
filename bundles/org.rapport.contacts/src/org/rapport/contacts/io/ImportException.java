package org.rapport.contacts.io;

/**
 * A file cannot be imported at all (single bad rows never cause this; they are rejected and reported). The message
 * says what is wrong, where, and what to do.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file cannot be imported. */
    public enum Reason {
        /** The file does not exist. */
        NOT_FOUND,
        /** The file exists but cannot be read (permissions, a folder, an I/O error). */
        UNREADABLE,
        /** Its bytes are not text in the chosen encoding; the message names the line and the likely encoding. */
        ENCODING,
        /** It is not a CSV or vCard file (binary content, no columns, no cards). */
        NOT_CONTACTS,
        /** The settings do not fit the file (e.g. a mapping that imports nothing). */
        SETTINGS
    }

    private final Reason reason;

    public ImportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ImportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the file cannot be imported. */
    public Reason reason() {
        return reason;
    }
}
