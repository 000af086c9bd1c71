package org.rapport.feed;

import java.time.Instant;

/**
 * Which posts to list, newest first. Every criterion is optional ({@code null} or {@code false}: no restriction).
 *
 * @param sourceId    posts of this source
 * @param label       posts with this sentiment label
 * @param term        posts whose text contains this term (ignoring case), e.g. a watched term
 * @param personId    posts written by, or mentioning, this contact
 * @param matchedOnly only posts whose author is matched to a contact
 * @param unanswered  only posts not marked as answered
 * @param from        published at or after
 * @param to          published before
 */
public record PostQuery(Long sourceId, SentimentLabel label, String term, Long personId, boolean matchedOnly,
        boolean unanswered, Instant from, Instant to) {

    /** Every post. */
    public static final PostQuery ALL = new PostQuery(null, null, null, null, false, false, null, null);

    /** This query restricted to one sentiment label. */
    public PostQuery withLabel(SentimentLabel newLabel) {
        return new PostQuery(sourceId, newLabel, term, personId, matchedOnly, unanswered, from, to);
    }

    /** This query restricted to a term. */
    public PostQuery withTerm(String newTerm) {
        return new PostQuery(sourceId, label, newTerm, personId, matchedOnly, unanswered, from, to);
    }
}
