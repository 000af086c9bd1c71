/**
 * The API a feed source type implements, for Rapport's own types (RSS/Atom, Mastodon, Bluesky, files) and for a
 * third-party plugin alike. A type is contributed through the extension point {@code org.rapport.feed.sourceTypes}
 * (schema {@code schema/sourceTypes.exsd}): it names a {@link org.rapport.feed.sources.FeedSourceType} class, which
 * recognises the locations it reads ({@link org.rapport.feed.sources.FeedSourceType#recognize}), fetches a source
 * through the {@link org.rapport.feed.sources.FeedHttp} Rapport gives it (conditional GET, time-outs, size limits) and
 * parses what it fetched or what a user imports from a file into {@link org.rapport.feed.sources.FetchedPost}s.
 * <p>
 * Rapport stores, deduplicates, matches to contacts and scores what a type returns; a type never touches the
 * database. A type that throws or hangs affects only its own sources.
 */
package org.rapport.feed.sources;
