package org.rapport.feed.internal.http;

import java.io.IOException;

/** A body grew past the size limit; the stream was cancelled. */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;
    private final String detail;

    BodyTooLargeException(String detail) {
        super("body too large" + detail);
        this.detail = detail;
    }

    String detail() {
        return detail;
    }
}
