package org.rapport.feed;

import java.util.List;
import java.util.Optional;

import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.ParseResult;

/**
 * The stored posts: import, query, conversations, answering, matching authors to contacts. An OSGi service. Methods
 * read or write the database: call them from a background job, never the UI thread.
 */
public interface FeedService {

    /**
     * Stores parsed posts: each once per network and external id (again: counts refreshed, nothing added), authors and
     * mentions matched to contacts, sentiment scored, watched terms checked for alerts.
     *
     * @param sourceId the source they came from, or 0 for a file import
     * @param parsed   posts and the problems found while parsing (carried into the summary)
     */
    ImportSummary store(long sourceId, ParseResult parsed);

    /** Posts matching the query, newest first, from {@code offset}, at most {@code limit}. */
    List<Post> posts(PostQuery query, int offset, int limit);

    /** How many posts match the query. */
    int count(PostQuery query);

    /**
     * Posts stored after a known one, in the order they were stored (by id), at most {@code limit}: for a subscriber
     * that keeps the last post id it handled and catches up after a {@link FeedTopics#POSTS_CHANGED} event, also after
     * a bulk change whose event carries no ids.
     *
     * @param afterId the last post id handled, 0 for all
     * @since 1.1
     */
    List<Post> postsAfter(long afterId, int limit);

    /** The post with this id. */
    Optional<Post> post(long id);

    /** The conversation a post belongs to: its root and every stored reply under it, oldest first. */
    List<Post> conversation(long postId);

    /** Marks a post's conversation as answered or not answered. */
    void markAnswered(long postId, boolean answered);

    /**
     * Links an identity to a contact: its stored posts and mentions and every later one are matched to the person
     * (the contact's social profile is added through the contacts domain when it is installed).
     */
    void linkIdentity(AuthorIdentity identity, long personId);

    /** Re-matches every stored post against the contacts (after contacts were imported or merged); returns matches. */
    int rematch();
}
