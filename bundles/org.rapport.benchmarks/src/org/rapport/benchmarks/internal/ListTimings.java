package org.rapport.benchmarks.internal;

import java.io.PrintStream;

import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.PersonRow;

/**
 * How fast the Contacts view's list reads over everyone in the database, through the contacts service as the view
 * calls it: the first page of rows in every sort order and direction (what the view shows first), every id of the list
 * in order (what it reads next, for scrolling), a filter by prefix, and reading whole people (an editor opening).
 */
final class ListTimings {

    /** Rows of the view's first page ({@code ContactsView.PAGE_SIZE}). */
    static final int PAGE = 50;
    private static final int ROUNDS = 5;
    private static final String PREFIX = "mül";

    private ListTimings() {
    }

    static void print(ContactService contacts, PrintStream out) {
        int everyone = contacts.count(ContactQuery.ALL);
        long started = System.nanoTime();
        contacts.page(ContactQuery.ALL, 0, PAGE);
        out.printf("List of %,d people, first %d rows, first call: %.1f ms%n", everyone, PAGE,
                (System.nanoTime() - started) / 1e6);
        Latencies firstRows = new Latencies();
        for (int round = 0; round < ROUNDS; round++) {
            for (ContactSort sort : ContactSort.values()) {
                for (boolean descending : new boolean[] { false, true }) {
                    ContactQuery query = new ContactQuery("", sort, descending);
                    started = System.nanoTime();
                    contacts.page(query, 0, PAGE);
                    firstRows.add(System.nanoTime() - started);
                }
            }
        }
        out.printf("List, first %d rows in every order (goal < 200 ms): %s%n", PAGE, firstRows.summary());
        Latencies allIds = new Latencies();
        int ids = 0;
        for (int round = 0; round < 3; round++) {
            started = System.nanoTime();
            ids = contacts.ids(ContactQuery.ALL).length;
            allIds.add(System.nanoTime() - started);
        }
        out.printf("List, all %,d ids by name: %s%n", ids, allIds.summary());
        Latencies filtered = new Latencies();
        int matches = 0;
        for (int round = 0; round < ROUNDS; round++) {
            started = System.nanoTime();
            matches = contacts.ids(ContactQuery.ALL.withPrefix(PREFIX)).length;
            filtered.add(System.nanoTime() - started);
        }
        out.printf("List, filter '%s' (%,d matches): %s%n", PREFIX, matches, filtered.summary());
        Latencies opened = new Latencies();
        for (PersonRow row : contacts.page(new ContactQuery("", ContactSort.CITY, true), 0, PAGE)) {
            started = System.nanoTime();
            contacts.person(row.id()).orElseThrow();
            opened.add(System.nanoTime() - started);
        }
        out.printf("Person with all their lists (an editor opening): %s%n", opened.summary());
    }
}
