package org.rapport.feed.sources;

import java.util.List;

/**
 * What one fetch of a source returned.
 *
 * @param notModified  whether the server answered 304 Not Modified (then there are no posts)
 * @param posts        the posts read
 * @param problems     the items that could not be read
 * @param etag         the validator to send next time, or {@code null}
 * @param lastModified the validator to send next time, or {@code null}
 * @param cursor       the type's cursor to get back in {@link SourceState#cursor()} next time, or {@code null}
 */
public record FetchResult(boolean notModified, List<FetchedPost> posts, List<ParseProblem> problems, String etag,
        String lastModified, String cursor) {

    /** Copies the lists. */
    public FetchResult {
        posts = List.copyOf(posts);
        problems = List.copyOf(problems);
    }

    /** A 304 answer: nothing new, validators unchanged. */
    public static FetchResult notModified(SourceState previous) {
        return new FetchResult(true, List.of(), List.of(), previous.etag(), previous.lastModified(), previous.cursor());
    }
}
