package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportException.Reason;

/**
 * The first pass over a file, before a row is read: one sequential read that hashes the content, checks that every
 * byte decodes in the chosen encoding (finding the line of the first that does not), spots binary files, and
 * detects the format and a byte order mark. It costs about as much as copying the file once.
 */
final class InputFileScanner {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BLOCK = 1 << 16;
    private static final int SNIFF = 8192;

    private InputFileScanner() {
    }

    /**
     * Scans {@code path}.
     *
     * @param format   the format chosen, or {@code null} to detect it
     * @param encoding the encoding chosen, or {@code null} to detect it: UTF-8 (with or without byte order mark) when
     *                 every byte is UTF-8 text, else Windows-1252 when every byte is Windows-1252 text (what Excel and
     *                 Outlook save on Windows); a vCard's properties in the CHARSET they name
     * @throws ImportException when the file is missing, unreadable or binary
     */
    static InputFile scan(Path path, ContactFormat format, Charset encoding) {
        if (!Files.exists(path)) {
            throw new ImportException(Reason.NOT_FOUND, path + " does not exist. Check the file name and folder.");
        }
        if (Files.isDirectory(path)) {
            throw new ImportException(Reason.UNREADABLE, path + " is a folder; choose a CSV or vCard file in it.");
        }
        try (InputStream in = Files.newInputStream(path)) {
            InputFile scanned = scan(path, in, format, encoding);
            return scanned.format() == ContactFormat.VCARD ? checkVCard(scanned, encoding) : scanned;
        } catch (NoSuchFileException e) {
            throw new ImportException(Reason.NOT_FOUND, path + " does not exist. Check the file name and folder.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(Reason.UNREADABLE, path + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new ImportException(Reason.UNREADABLE, path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputFile scan(Path path, InputStream in, ContactFormat chosenFormat, Charset chosen)
            throws IOException {
        MessageDigest sha = sha256();
        byte[] block = new byte[BLOCK];
        byte[] head = new byte[0];
        Charset charset = chosen == null ? StandardCharsets.UTF_8 : chosen;
        Decoding decoding = new Decoding(charset);
        Decoding utf8 = charset.equals(StandardCharsets.UTF_8) ? decoding : new Decoding(StandardCharsets.UTF_8);
        Decoding cp1252 = chosen == null ? new Decoding(WINDOWS_1252) : null;
        long size = 0;
        int bom = 0;
        for (int n = in.readNBytes(block, 0, BLOCK); n > 0; n = in.readNBytes(block, 0, BLOCK)) {
            int start = 0;
            if (size == 0) {
                head = java.util.Arrays.copyOf(block, Math.min(n, SNIFF));
                refuseBinary(path, head);
                bom = hasUtf8Bom(block, n) ? 3 : 0;
                start = bom;
            }
            sha.update(block, 0, n);
            decoding.feed(block, start, n - start, false);
            if (utf8 != decoding) {
                utf8.feed(block, start, n - start, false);
            }
            if (cp1252 != null && bom == 0) {
                cp1252.feed(block, start, n - start, false);
            }
            size += n;
        }
        decoding.feed(block, 0, 0, true);
        if (utf8 != decoding) {
            utf8.feed(block, 0, 0, true);
        }
        ContactFormat format = chosenFormat != null ? chosenFormat : detectFormat(path, head, bom);
        Charset suggested = bom > 0 || utf8.failedAtLine == 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        String sha256 = HexFormat.of().formatHex(sha.digest());
        if (cp1252 != null && bom == 0 && decoding.failedAtLine > 0) {
            cp1252.feed(block, 0, 0, true);
            if (cp1252.failedAtLine == 0) {
                return new InputFile(path, size, sha256, format, WINDOWS_1252, 0, "", WINDOWS_1252,
                        detectedNote(decoding));
            }
            return new InputFile(path, size, sha256, format, charset, bom, neitherProblem(decoding, cp1252), suggested,
                    "");
        }
        return new InputFile(path, size, sha256, format, charset, bom, problem(charset, bom, decoding, utf8), suggested,
                "");
    }

    private static String detectedNote(Decoding utf8) {
        return "read as Windows-1252 (as Excel and Outlook save files on Windows): line " + utf8.failedAtLine
                + " is not UTF-8 (" + utf8.badBytes + "); choose another encoding if names look wrong";
    }

    private static String neitherProblem(Decoding utf8, Decoding cp1252) {
        return "Line " + utf8.failedAtLine + " has bytes that are not UTF-8 text (" + utf8.badBytes + "), and line "
                + cp1252.failedAtLine + " bytes that are not Windows-1252 text either (" + cp1252.badBytes + ")."
                + " Choose the encoding the file was saved in, or save it as UTF-8 (in Excel: \"CSV UTF-8\").";
    }

    /**
     * A vCard's bytes decode property by property ({@link VCardCharsets}): the whole-file check is replaced by one
     * that reads each property in its CHARSET, and a detected file falls back to Windows-1252 only for the
     * properties that name none.
     */
    private static InputFile checkVCard(InputFile scanned, Charset chosen) throws IOException {
        Charset base = chosen == null ? StandardCharsets.UTF_8 : chosen;
        VCardCharsets.Failure failure = vcardFailure(scanned, base);
        String note = "";
        if (failure != null && failure.declared() == null && chosen == null && scanned.bomLength() == 0
                && vcardFailure(scanned, WINDOWS_1252) == null) {
            base = WINDOWS_1252;
            note = "read as Windows-1252 (as Outlook saves files on Windows): line " + failure.line() + " is not UTF-8 ("
                    + failure.badBytes() + "); choose another encoding if names look wrong";
            failure = null;
        }
        String problem;
        if (failure == null) {
            // every property decodes in its charset, which replaces the whole-file decoding; the other hints about a
            // chosen encoding (a UTF-8 byte order mark, UTF-8 letters in a file chosen as Windows-1252) still hold
            String wholeFile = scanned.encodingProblem();
            problem = chosen == null || wholeFile.contains("has bytes that are not") ? "" : wholeFile;
        } else if (failure.declared() != null) {
            problem = "Line " + failure.line() + " says CHARSET=" + failure.declared().name() + " but its " + failure.badBytes()
                    + " are not " + failure.declared().name() + " text. Fix the line, or save the contacts again.";
        } else {
            problem = "Line " + failure.line() + " has bytes that are not " + base.displayName(Locale.ROOT) + " text ("
                    + failure.badBytes() + ")" + (chosen == null ? " nor Windows-1252 text" : "")
                    + ". Choose the encoding the file was saved in (UTF-8 is the most common).";
        }
        return new InputFile(scanned.path(), scanned.size(), scanned.sha256(), scanned.format(), base,
                scanned.bomLength(), problem, scanned.suggestedCharset(), note);
    }

    private static VCardCharsets.Failure vcardFailure(InputFile file, Charset base) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file.path()))) {
            in.skipNBytes(file.bomLength());
            return VCardCharsets.check(in, base);
        }
    }

    private static String problem(Charset charset, int bom, Decoding decoding, Decoding utf8) {
        String name = charset.displayName(Locale.ROOT);
        if (decoding.failedAtLine > 0) {
            String suggestion = charset.equals(StandardCharsets.UTF_8)
                    ? " The file is probably in Windows-1252 (as Excel and Outlook save it on Windows); import it with"
                            + " the encoding windows-1252."
                    : " Choose the encoding the file was saved in (UTF-8 is the most common).";
            return "Line " + decoding.failedAtLine + " has bytes that are not " + name + " text (" + decoding.badBytes
                    + ")." + suggestion;
        }
        if (!charset.equals(StandardCharsets.UTF_8) && bom > 0) {
            return "The file starts with a UTF-8 byte order mark, so it is UTF-8, not " + name
                    + "; import it with the encoding UTF-8.";
        }
        if (!charset.equals(StandardCharsets.UTF_8) && utf8.failedAtLine == 0 && utf8.firstNonAsciiLine > 0) {
            return "Line " + utf8.firstNonAsciiLine + " has accented letters written as UTF-8, so the file is UTF-8, not "
                    + name + "; import it with the encoding UTF-8, or the names come out garbled (\"MÃ¼ller\").";
        }
        return "";
    }

    private static void refuseBinary(Path path, byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            throw new ImportException(Reason.ENCODING, path.getFileName() + " is in UTF-16. Save it as UTF-8 (in Excel:"
                    + " \"CSV UTF-8\") and import it again.");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ImportException(Reason.NOT_CONTACTS, path.getFileName() + " is not a CSV or vCard file: it"
                        + " holds binary data (a spreadsheet, an archive or a picture?). Export your contacts as CSV or"
                        + " vCard and import that file.");
            }
        }
    }

    private static boolean hasUtf8Bom(byte[] block, int n) {
        return n >= 3 && block[0] == (byte) 0xEF && block[1] == (byte) 0xBB && block[2] == (byte) 0xBF;
    }

    /** By extension first; else a file whose first text is BEGIN:VCARD is a vCard, anything else CSV. */
    static ContactFormat detectFormat(Path path, byte[] head, int bom) {
        Path name = path.getFileName();
        java.util.Optional<ContactFormat> byName = ContactFormat.fromFileName(name == null ? "" : name.toString());
        if (byName.isPresent()) {
            return byName.get();
        }
        String start = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1).stripLeading();
        return start.regionMatches(true, 0, "BEGIN:VCARD", 0, 11) ? ContactFormat.VCARD : ContactFormat.CSV;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Decodes a stream block by block, remembering the line of the first undecodable bytes and of non-ASCII text. */
    private static final class Decoding {
        private final CharsetDecoder decoder;
        private final CharBuffer out = CharBuffer.allocate(BLOCK);
        private ByteBuffer carry = ByteBuffer.allocate(0);
        private long line = 1;
        long failedAtLine;
        long firstNonAsciiLine;
        String badBytes = "";

        Decoding(Charset charset) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        void feed(byte[] bytes, int offset, int length, boolean end) {
            if (failedAtLine > 0) {
                return;
            }
            ByteBuffer in = ByteBuffer.allocate(carry.remaining() + length);
            in.put(carry).put(bytes, offset, length).flip();
            while (true) {
                out.clear();
                CoderResult result = decoder.decode(in, out, end);
                out.flip();
                countLines();
                if (result.isError()) {
                    failedAtLine = line;
                    badBytes = hex(in, result.length());
                    return;
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (end) {
                out.clear();
                decoder.flush(out);
            }
            carry = ByteBuffer.allocate(in.remaining()).put(in).flip();
        }

        private void countLines() {
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                } else if (c > 127 && firstNonAsciiLine == 0) {
                    firstNonAsciiLine = line;
                }
            }
        }

        private static String hex(ByteBuffer in, int length) {
            StringBuilder text = new StringBuilder("bytes");
            for (int i = 0; i < Math.min(length, 4) && in.position() + i < in.limit(); i++) {
                int b = in.get(in.position() + i) & 0xFF;
                text.append(String.format(" %02X", b));
                String asCp1252 = cp1252(b);
                if (!asCp1252.isEmpty()) {
                    text.append(" '").append(asCp1252).append("' in Windows-1252");
                }
            }
            return text.toString();
        }

        private static String cp1252(int b) {
            try {
                return WINDOWS_1252.newDecoder().decode(ByteBuffer.wrap(new byte[] { (byte) b })).toString();
            } catch (CharacterCodingException e) {
                return "";
            }
        }
    }
}
