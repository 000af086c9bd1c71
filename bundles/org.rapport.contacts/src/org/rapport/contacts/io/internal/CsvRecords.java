package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text in file order, each with the line it starts on: Commons CSV parses the values of the
 * records the {@link CsvRecordSplitter} found sound; those it refused come out as problems, in their place.
 */
final class CsvRecords implements AutoCloseable {

    /**
     * A record: its values, or the reason it cannot be read.
     *
     * @param line    the line it starts on
     * @param values  the values, or {@code null} when refused
     * @param problem why it was refused, or {@code null}
     */
    record Row(long line, List<String> values, String problem) {
    }

    private final CsvRecordSplitter splitter;
    private final Deque<Long> lines = new ArrayDeque<>();
    private final Deque<Row> refused = new ArrayDeque<>();
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private CSVRecord pending;
    private long pendingLine;
    private String first;
    private long firstLine;

    /** @param delimiter the delimiter, or {@code null} to take the most frequent of , ; tab in the first record */
    CsvRecords(Reader reader, Character delimiter) throws IOException {
        splitter = new CsvRecordSplitter(reader, delimiter == null ? ',' : delimiter);
        CsvRecordSplitter.Piece piece = nextSound();
        if (piece != null) {
            first = piece.text();
            firstLine = piece.line();
        }
        this.delimiter = delimiter != null ? delimiter : first == null ? ',' : detectDelimiter(first);
        splitter.delimiter(this.delimiter);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(this.delimiter).setIgnoreEmptyLines(false).get();
        parser = format.parse(new PieceReader());
        records = parser.iterator();
    }

    char delimiter() {
        return delimiter;
    }

    /** The next record in file order, or {@code null} at the end. */
    Row next() {
        try {
            if (pending == null && records.hasNext()) {
                pending = records.next();
                pendingLine = lines.removeFirst();
            }
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("CSV parser failed after the record check: " + e.getMessage(), e);
        }
        if (!refused.isEmpty() && (pending == null || refused.peekFirst().line() < pendingLine)) {
            return refused.removeFirst();
        }
        if (pending == null) {
            return null;
        }
        List<String> values = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            values.add(pending.get(i));
        }
        pending = null;
        return new Row(pendingLine, values, null);
    }

    /** The most frequent of comma, semicolon and tab outside quotes. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The next record the splitter finds sound; refused ones are queued as problems. */
    private CsvRecordSplitter.Piece nextSound() throws IOException {
        for (CsvRecordSplitter.Piece piece = splitter.next(); piece != null; piece = splitter.next()) {
            if (piece.text() != null) {
                return piece;
            }
            refused.addLast(new Row(piece.line(), null, piece.problem()));
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Feeds the sound records to Commons CSV, one line each, noting the line each starts on. */
    private final class PieceReader extends Reader {
        private String current = "";
        private int offset;
        private boolean ended;

        @Override
        public int read(char[] target, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (offset >= current.length()) {
                if (ended || !advance()) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.length() - offset);
            current.getChars(offset, offset + n, target, off);
            offset += n;
            return n;
        }

        private boolean advance() throws IOException {
            String text;
            long line;
            if (first != null) {
                text = first;
                line = firstLine;
                first = null;
            } else {
                CsvRecordSplitter.Piece piece = nextSound();
                if (piece == null) {
                    return false;
                }
                text = piece.text();
                line = piece.line();
            }
            lines.addLast(line);
            current = text + "\n";
            offset = 0;
            return true;
        }

        @Override
        public void close() {
            // the file's reader is closed by its owner
        }
    }
}
