package org.rapport.contacts.io.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.rapport.contacts.io.ContactFormat;

/**
 * What the first pass over a file found.
 *
 * @param path              the file
 * @param size              its size in bytes
 * @param sha256            the SHA-256 of its content, hex; keys the import journal
 * @param format            CSV or vCard
 * @param charset           the encoding it is read in
 * @param bomLength         bytes of byte order mark to skip (0 or 3)
 * @param encodingProblem   why it cannot be read in {@code charset} (line, bytes, what to choose), or empty
 * @param suggestedCharset  the encoding it most likely is in
 * @param encodingNote      how the encoding was chosen when it was detected as other than UTF-8 (the line that is
 *                          not UTF-8), else empty
 */
record InputFile(Path path, long size, String sha256, ContactFormat format, Charset charset, int bomLength,
        String encodingProblem, Charset suggestedCharset, String encodingNote) {

    String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
