package org.rapport.contacts.io.internal;

import java.io.IOException;

/** Reads the rows or cards of a file one at a time, in file order. */
interface ContactReader extends AutoCloseable {

    /** The next row or card (possibly rejected), or {@code null} at the end of the file. */
    IncomingContact next() throws IOException;

    /** Bytes of the file read so far, for progress. */
    long bytesRead();

    @Override
    void close() throws IOException;
}
