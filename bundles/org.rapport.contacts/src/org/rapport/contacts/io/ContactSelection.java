package org.rapport.contacts.io;

import java.util.Arrays;
import java.util.Objects;

import org.rapport.contacts.ContactQuery;

/** Which people to export: some by id (a list selection, a segment's members) or everyone a list query matches. */
public sealed interface ContactSelection {

    /** The people with these ids, in this order (missing ids are skipped). */
    static ContactSelection ids(long... ids) {
        return new Ids(ids.clone());
    }

    /** Everyone the query matches, in its order. */
    static ContactSelection query(ContactQuery query) {
        return new Query(query);
    }

    /** Some people by id. */
    record Ids(long[] ids) implements ContactSelection {

        /** Checks the array. */
        public Ids {
            Objects.requireNonNull(ids, "ids");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ids that && Arrays.equals(ids, that.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return ids.length + " people";
        }
    }

    /** Everyone a list query matches. */
    record Query(ContactQuery query) implements ContactSelection {

        /** Checks the query. */
        public Query {
            Objects.requireNonNull(query, "query");
        }
    }
}
