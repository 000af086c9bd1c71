package org.rapport.feed;

/**
 * A term (brand, product, competitor) or a person that Rapport watches for negative buzz.
 *
 * @param id        its id
 * @param term      the term, or {@code null} when a person is watched
 * @param personId  the watched contact's id, or {@code null} when a term is watched
 * @param label     what to show: the term or the person's name
 * @param minCount  the least number of negative posts in the window that raises an alert (default 5)
 * @param windowMinutes the window (default 60)
 */
public record WatchedTerm(long id, String term, Long personId, String label, int minCount, int windowMinutes) {
}
