package org.rapport.feed.sources;

import java.util.Optional;

/**
 * A kind of feed source, contributed through the extension point {@code org.rapport.feed.sourceTypes}. Implementations
 * must have a public no-argument constructor, keep no state between calls except caches, and be safe to call from
 * several background jobs at once. Every method runs outside the UI thread.
 */
public interface FeedSourceType {

    /**
     * Whether this type reads the location a user typed, and its normal form if so: a URL, {@code @user@instance},
     * {@code bsky:handle}, a hashtag, ... Rapport asks every type in turn and offers the first that recognises it.
     *
     * @param location what the user typed, trimmed, never empty
     * @return the location as this type stores it (e.g. lower-cased host, {@code user@instance}), or empty
     */
    Optional<SourceLocation> recognize(String location);

    /**
     * Fetches what is new for a source. Use {@link FetchContext#http()} for every request so that conditional GET,
     * time-outs, size limits and the user's network settings apply; report what could not be read per item in the
     * result's problems rather than failing the whole fetch.
     *
     * @param source  the source, with the validators and cursor of its previous successful fetch
     * @param context what Rapport provides for the fetch
     * @return the posts read, possibly none; {@link FetchResult#notModified()} when the server said so
     * @throws FeedException when nothing could be read (network, HTTP status, login required, malformed response)
     */
    FetchResult fetch(SourceState source, FetchContext context) throws FeedException;

    /**
     * Whether this type parses a file, judged from its name and first bytes; used when a user imports a file or URL
     * without naming a type.
     *
     * @param name the file name or URL path, for its extension
     * @param head the first bytes of the content (at most 4 KiB, possibly fewer)
     */
    boolean canParse(String name, byte[] head);

    /**
     * Parses content saved to disk or downloaded once (an export of this service, a saved feed).
     *
     * @param content the whole content, at most the size limit Rapport applies
     * @param origin  the file name or URL, used in problem locations
     * @return the posts read and the problems of the items that could not be read
     * @throws FeedException when the content as a whole is not of this type or cannot be read at all
     */
    ParseResult parse(byte[] content, String origin) throws FeedException;
}
