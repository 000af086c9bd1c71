package org.rapport.contacts.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;

import org.rapport.contacts.io.ContactFormat;

/**
 * A scanned file opened as text: decoded strictly in its encoding (a vCard's properties in their own CHARSET, see
 * {@link VCardCharsets}), after its byte order mark, counting bytes.
 */
final class TextInput implements AutoCloseable {

    private final CountingInputStream bytes;
    private final Reader reader;

    TextInput(InputFile file) throws IOException {
        this(file, CodingErrorAction.REPORT);
    }

    /** @param onError {@code REPLACE} to show a file in a wrong encoding anyway (the wizard's first look) */
    TextInput(InputFile file, CodingErrorAction onError) throws IOException {
        bytes = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16));
        bytes.skipNBytes(file.bomLength());
        reader = file.format() == ContactFormat.VCARD ? VCardCharsets.reader(bytes, file.charset(), onError)
                : new InputStreamReader(bytes, file.charset().newDecoder().onMalformedInput(onError)
                        .onUnmappableCharacter(onError));
    }

    Reader reader() {
        return reader;
    }

    /** Bytes read from the file so far (a little ahead of what was parsed, by the buffers). */
    long bytesRead() {
        return bytes.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
