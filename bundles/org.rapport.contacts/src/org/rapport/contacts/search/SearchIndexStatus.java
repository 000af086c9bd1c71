package org.rapport.contacts.search;

/**
 * What the search index is doing.
 *
 * @param state   ready, catching up or rebuilding
 * @param people  how many people the index holds
 * @param done    people processed by the running rebuild or catch-up, 0 when ready
 * @param total   people to process by the running rebuild or catch-up, 0 when ready
 * @param message a sentence for a status line, e.g. "Building the search index: 120,000 of 1,000,000 people"
 */
public record SearchIndexStatus(State state, int people, int done, int total, String message) {

    /** The index's states. */
    public enum State {
        /** Opening the index and comparing it with the database. */
        CHECKING,
        /** The index matches the database, apart from changes of the last moments. */
        READY,
        /** Adding the changes the index missed (after a crash, or a bulk change such as an import). */
        CATCHING_UP,
        /** Building the index from scratch; searches answer from the database meanwhile. */
        REBUILDING,
        /** The index cannot be written (see the message and the log); searches answer from the database. */
        FAILED
    }

    /** Whether searches use the index (they fall back to the database while rebuilding or failed). */
    public boolean usable() {
        return state == State.READY || state == State.CATCHING_UP;
    }
}
