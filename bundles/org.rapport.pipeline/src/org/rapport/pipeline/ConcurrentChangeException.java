package org.rapport.pipeline;

/**
 * A change was refused because someone else changed or deleted the record since it was read (its version moved on:
 * optimistic locking). Nothing was written; reload the record, re-apply the edits and save again.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final long id;

    /**
     * @param kind  what the record is, e.g. "opportunity"
     * @param id    its id
     * @param label how people know it, e.g. the opportunity's title
     */
    public ConcurrentChangeException(String kind, long id, String label, Throwable cause) {
        super("The " + kind + " '" + label + "' was changed or deleted by someone else since you opened it. Your change"
                + " was not saved; reload it to see the other changes, then try again.", cause);
        this.kind = kind;
        this.id = id;
    }

    /** What the record is, e.g. "opportunity". */
    public String kind() {
        return kind;
    }

    /** The id of the record that changed. */
    public long id() {
        return id;
    }
}
