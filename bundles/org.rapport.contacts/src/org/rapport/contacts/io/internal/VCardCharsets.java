package org.rapport.contacts.io.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads the bytes of a vCard file as text line by line, each property in the character set its {@code CHARSET}
 * parameter names, the others in the file's encoding. vCard 2.1 lets every property say its own charset, and Outlook
 * writes {@code N;CHARSET=Windows-1252:Müller} with Windows-1252 bytes into files whose other properties are ASCII or
 * UTF-8; decoding the whole file in one encoding would refuse or garble them. Folded lines (starting with a space or
 * tab) and quoted-printable soft line breaks belong to the property above them. Quoted-printable values themselves
 * are ASCII here; ez-vcard decodes them in their CHARSET.
 */
final class VCardCharsets {

    /**
     * The first line whose bytes are not text in their charset.
     *
     * @param line     the line, counting from 1
     * @param badBytes the first bytes that do not decode, in hex
     * @param declared the charset the property's CHARSET parameter names, or {@code null} when it names none
     */
    record Failure(long line, String badBytes, Charset declared) {
    }

    private final InputStream in;
    private final Charset base;
    private final CodingErrorAction onError;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long line;
    private Charset current;
    private boolean quotedPrintable;
    private boolean softBreak;
    private Failure failure;

    private VCardCharsets(InputStream in, Charset base, CodingErrorAction onError) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.base = base;
        this.onError = onError;
        this.current = base;
    }

    /** The text of a vCard file (its byte order mark already skipped); {@code onError} REPORT fails on bad bytes. */
    static Reader reader(InputStream in, Charset base, CodingErrorAction onError) {
        VCardCharsets lines = new VCardCharsets(in, base, onError);
        return new Reader() {
            private String pending = "";
            private int at;

            @Override
            public int read(char[] target, int offset, int length) throws IOException {
                while (at >= pending.length()) {
                    pending = lines.nextLine();
                    at = 0;
                    if (pending == null) {
                        pending = "";
                        return -1;
                    }
                }
                int n = Math.min(length, pending.length() - at);
                pending.getChars(at, at + n, target, offset);
                at += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                lines.in.close();
            }
        };
    }

    /** The first line of {@code in} whose bytes do not decode, or {@code null} when every line does. */
    static Failure check(InputStream in, Charset base) throws IOException {
        VCardCharsets lines = new VCardCharsets(in, base, CodingErrorAction.REPORT);
        try {
            while (lines.nextLine() != null) {
                // keep reading
            }
        } catch (UndecodableLine e) {
            // lines.failure says where
        }
        return lines.failure;
    }

    /** The next line with its line break, decoded; {@code null} at the end (or after a failure when checking). */
    private String nextLine() throws IOException {
        byte[] bytes = readLine();
        if (bytes == null) {
            return null;
        }
        line++;
        Charset charset = charsetOf(bytes);
        try {
            return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError)
                    .replaceWith("\uFFFD").decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            failure = new Failure(line, badBytes(bytes, charset), charset.equals(base) ? null : charset);
            throw new UndecodableLine("line " + line + " has bytes that are not " + charset.name() + " text ("
                    + failure.badBytes() + ")");
        }
    }

    /** Bytes that are not text in their charset (only when reading strictly). */
    private static final class UndecodableLine extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String message;

        UndecodableLine(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /** The charset of a line: its own CHARSET parameter, the property's for continuation lines, else the base. */
    private Charset charsetOf(byte[] bytes) {
        boolean continuation = softBreak || (bytes.length > 0 && (bytes[0] == ' ' || bytes[0] == '\t'));
        if (!continuation) {
            String parameters = parameters(bytes).toUpperCase(Locale.ROOT);
            current = base;
            quotedPrintable = parameters.contains("QUOTED-PRINTABLE");
            for (String parameter : parameters.split(";")) {
                if (parameter.startsWith("CHARSET=")) {
                    current = charset(parameter.substring(8).replace("\"", "").trim());
                }
            }
        }
        softBreak = quotedPrintable && endsWithEquals(bytes);
        return current;
    }

    private Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return base; // ez-vcard warns about the unknown charset; the bytes are read in the file's encoding
        }
    }

    /** The text before the first ':' outside double quotes (name and parameters), as ASCII. */
    private static String parameters(byte[] bytes) {
        boolean quoted = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quoted = !quoted;
            } else if (bytes[i] == ':' && !quoted) {
                return new String(bytes, 0, i, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    private static boolean endsWithEquals(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return end > 0 && bytes[end - 1] == '=';
    }

    private byte[] readLine() throws IOException {
        buffer.reset();
        for (int b = in.read(); b >= 0; b = in.read()) {
            buffer.write(b);
            if (b == '\n') {
                break;
            }
            if (buffer.size() > VCardSplitter.MAX_CARD_CHARS) {
                break; // a file without line breaks: the splitter refuses the card
            }
        }
        return buffer.size() == 0 ? null : buffer.toByteArray();
    }

    private static String badBytes(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length * 2 + 4);
        var result = decoder.decode(in, out, true);
        StringBuilder text = new StringBuilder("bytes");
        int length = result.isError() ? result.length() : 1;
        for (int i = 0; i < Math.min(length, 4) && in.position() + i < in.limit(); i++) {
            text.append(String.format(" %02X", bytes[in.position() + i] & 0xFF));
        }
        return text.toString();
    }
}
