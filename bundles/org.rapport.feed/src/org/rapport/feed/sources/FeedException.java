package org.rapport.feed.sources;

import java.time.Duration;
import java.util.Optional;

/**
 * A source or a file could not be read at all. The message says what and where in words a user understands, and what
 * to do when there is something to do ("the instance mastodon.example requires a login to read public timelines").
 */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a fetch failed, for the back-off and for what the Sources view shows. */
    public enum Kind {
        /** The network or the server could not be reached, or did not answer in time. */
        NETWORK,
        /** The server answered with an error status. */
        HTTP_STATUS,
        /** The server asks to slow down (429, 503); see {@link FeedException#retryAfter()}. */
        RATE_LIMITED,
        /** The service requires a login for this content. */
        LOGIN_REQUIRED,
        /** The content is not of the expected format, is malformed, too large or uses a forbidden construct. */
        MALFORMED,
        /** The location does not exist (unknown account, 404, missing file). */
        NOT_FOUND
    }

    private final Kind kind;
    private final transient Duration retryAfter;
    private final int httpStatus;

    /** A failure of the given kind without a retry hint. */
    public FeedException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    /** A failure of the given kind caused by another exception. */
    public FeedException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /**
     * A failure with a retry hint.
     *
     * @param retryAfter how long the server asked to wait, or {@code null}
     */
    public FeedException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        this(kind, message, retryAfter, cause, 0);
    }

    /**
     * A failure of an HTTP request, with the status the server answered, so that a type can tell 403 from 404.
     *
     * @param retryAfter how long the server asked to wait, or {@code null}
     * @param httpStatus the HTTP status, or 0 when there was no answer
     * @since 1.0
     */
    public FeedException(Kind kind, String message, Duration retryAfter, Throwable cause, int httpStatus) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
    }

    /** Why the fetch failed. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status the server answered, or 0 when the failure was not an HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the server asked to wait before the next request, if it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
