package org.rapport.contacts.internal.search;

/**
 * A cheap summary of a set of people, computed both from the database and from the index: when the two agree the
 * index is taken to be up to date, when they differ the index is compared person by person.
 *
 * @param people        how many people
 * @param maxId         the highest id, 0 for none
 * @param maxUpdatedMillis the latest change time in epoch milliseconds, 0 for none
 */
record IndexFingerprint(long people, long maxId, long maxUpdatedMillis) {
}
