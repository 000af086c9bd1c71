package org.rapport.feed.sources;

import java.util.List;

/**
 * What parsing a response or file produced: the posts read and the items that could not be read. Nothing half-read is
 * in {@link #posts}: an item with a problem is either in {@link #problems} alone or was read completely.
 *
 * @param posts    the posts, in the order of the content
 * @param problems the items that were skipped, with their location
 */
public record ParseResult(List<FetchedPost> posts, List<ParseProblem> problems) {

    /** Copies the lists. */
    public ParseResult {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }
}
