package org.rapport.contacts;

/**
 * A save was refused because someone else changed or deleted the record since it was read (its version moved on).
 * Nothing was written; reload the record, re-apply the edits and save again.
 */
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public ConcurrentEditException(long id, String name, Throwable cause) {
        super("'" + name + "' was changed or deleted by someone else since you opened it. Your edits were not saved;"
                + " reload it to see the other changes, then edit again.", cause);
        this.id = id;
    }

    /** The id of the record that changed. */
    public long id() {
        return id;
    }
}
