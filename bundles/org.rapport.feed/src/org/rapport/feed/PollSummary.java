package org.rapport.feed;

/**
 * What polling one source did.
 *
 * @param source      the source after the poll (new state)
 * @param notModified whether the server said nothing changed
 * @param imported    what storing the fetched posts did, or {@code null} when the poll failed or nothing changed
 * @param error       the failure's message, or {@code null}
 */
public record PollSummary(FeedSource source, boolean notModified, ImportSummary imported, String error) {
}
