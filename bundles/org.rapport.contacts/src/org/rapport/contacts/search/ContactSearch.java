package org.rapport.contacts.search;

/**
 * Finds people while the user types: every word typed must be the beginning of a word of the person's name, an email
 * address, a social handle, an organization or a tag ({@code "ada lov"}, {@code "lovelace@"}, {@code "@ada"},
 * {@code "northwind"}, {@code "vip"}), ignoring case and accents. Best matches first: the exact name, then whole
 * words of the name, then beginnings of the name, then matches elsewhere; ties by name.
 * <p>
 * Available as an OSGi service. The index lives in the workspace and follows every change of the contact database;
 * after a start (or a crash) it is brought in line with the database in the background. A search never waits for
 * indexing: while the index is first built it answers from the database's name and email columns
 * ({@link SearchResult#complete()} is {@code false} then). Over a million people a search takes a few milliseconds,
 * a few tens for a single letter (see {@code rapport-cli bench search}); call it from a short job that each
 * keystroke reschedules, so that a slow disk never freezes the UI.
 */
public interface ContactSearch {

    /** The default number of rows a search returns, enough for a result popup. */
    int DEFAULT_LIMIT = 50;

    /**
     * The best matches for what the user typed.
     *
     * @param text  the typed text; blank finds nobody
     * @param limit the most rows to return
     */
    SearchResult search(String text, int limit);

    /**
     * The ids of all matches, best first, up to {@code max}: what a virtual list needs; its rows come from
     * {@link org.rapport.contacts.ContactService#rows(long[])} a page at a time.
     */
    long[] ids(String text, int max);

    /** What the index is doing, for a status line ("Indexing contacts: 40%"). */
    SearchIndexStatus status();

    /**
     * Throws the index away and builds it again from the database, in the background; returns at once. For a
     * "Rebuild search index" command, should the index ever be suspected wrong.
     */
    void rebuild();
}
