package org.rapport.feed.sources;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP GET as Rapport makes it for feed sources: with a connect and a total time-out, a size limit on the body, the
 * validators of the previous response (conditional GET), redirects followed, and a {@code User-Agent} naming Rapport.
 */
public interface FeedHttp {

    /**
     * Gets a resource.
     *
     * @param uri          what to get ({@code http} or {@code https})
     * @param etag         the previous {@code ETag} to send as {@code If-None-Match}, or {@code null}
     * @param lastModified the previous {@code Last-Modified} to send as {@code If-Modified-Since}, or {@code null}
     * @param accept       the {@code Accept} header
     * @return the response; status 304 comes back as a response with {@link Response#notModified()}
     * @throws FeedException on a network error, a time-out, a body over the limit, or a status that is neither 2xx
     *                       nor 304 (with {@link FeedException#retryAfter()} for 429 and 503)
     */
    Response get(URI uri, String etag, String lastModified, String accept) throws FeedException;

    /**
     * A response that was read completely.
     *
     * @param status       the HTTP status
     * @param body         the body (empty for 304)
     * @param contentType  the {@code Content-Type} header, or {@code null}
     * @param etag         the {@code ETag} header, or {@code null}
     * @param lastModified the {@code Last-Modified} header, or {@code null}
     * @param headers      every header by lower-case name (first value), for types that need more
     * @param elapsed      how long the request took
     */
    record Response(int status, byte[] body, String contentType, String etag, String lastModified,
            Map<String, String> headers, Duration elapsed) {

        /** Whether the server answered 304 Not Modified. */
        public boolean notModified() {
            return status == 304;
        }
    }
}
