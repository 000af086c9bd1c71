package org.rapport.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rapport.persistence.access.CommittedChange;

/**
 * A committed change as it travels between processes: the payload of {@code NOTIFY rapport}, one JSON object
 *
 * <pre>
 * {"v":1,"origin":"4f0c…","topic":"org/rapport/pipeline/opportunities/CHANGED","ids":[42],"personIds":[7]}
 * </pre>
 *
 * {@code v} is the format's version (a reader ignores members it does not know, and messages of a newer major
 * version); {@code origin} names the sending process (random per start), so a process skips its own changes;
 * {@code ids} and {@code personIds} are as in {@link CommittedChange} (empty {@code ids}: a bulk change). A payload
 * stays below {@link #MAX_PAYLOAD_BYTES}: PostgreSQL refuses 8000 bytes or more, so a change with too many ids to fit
 * travels as a bulk change.
 *
 * @param origin the sending process
 * @param change what it committed
 */
record ChangeMessage(String origin, CommittedChange change) {

    /** The notification channel every Rapport process on a database listens to. */
    static final String CHANNEL = "rapport";
    /** The format version written. */
    static final int VERSION = 1;
    /** The largest payload sent; PostgreSQL's limit is 8000 bytes. */
    static final int MAX_PAYLOAD_BYTES = 7900;

    ChangeMessage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(change, "change");
    }

    /** The JSON payload, without ids (a bulk change) or people if they would not fit. */
    String toJson() {
        String json = json(change);
        if (fits(json)) {
            return json;
        }
        String withoutIds = json(new CommittedChange(change.topic(), List.of(), change.personIds()));
        return fits(withoutIds) ? withoutIds : json(new CommittedChange(change.topic(), List.of(), List.of()));
    }

    private static boolean fits(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES;
    }

    private String json(CommittedChange c) {
        StringBuilder out = new StringBuilder(64 + 20 * (c.ids().size() + c.personIds().size()));
        out.append("{\"v\":").append(VERSION).append(",\"origin\":");
        string(out, origin);
        out.append(",\"topic\":");
        string(out, c.topic());
        out.append(",\"ids\":");
        numbers(out, c.ids());
        out.append(",\"personIds\":");
        numbers(out, c.personIds());
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void numbers(StringBuilder out, List<Long> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(values.get(i).longValue());
        }
        out.append(']');
    }

    /**
     * Reads a payload.
     *
     * @throws IllegalArgumentException when it is not a change message this version can read (another program's
     *                                  notification on the channel, or a newer major format)
     */
    static ChangeMessage parse(String json) {
        return new Reader(json).message();
    }

    /** A reader of the flat JSON object above: string, number and number-array members. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = Objects.requireNonNull(text, "payload");
        }

        ChangeMessage message() {
            long version = -1;
            String origin = null;
            String topic = null;
            List<Long> ids = List.of();
            List<Long> people = List.of();
            expect('{');
            if (!peek('}')) {
                do {
                    String name = string();
                    expect(':');
                    switch (name) {
                        case "v" -> version = number();
                        case "origin" -> origin = string();
                        case "topic" -> topic = string();
                        case "ids" -> ids = numbers();
                        case "personIds" -> people = numbers();
                        default -> skipValue();
                    }
                } while (accept(','));
            }
            expect('}');
            if (version != VERSION || origin == null || topic == null) {
                throw new IllegalArgumentException("not a Rapport change message of version " + VERSION + ": " + text);
            }
            return new ChangeMessage(origin, new CommittedChange(topic, ids, people));
        }

        private void skipValue() {
            if (peek('"')) {
                string();
            } else if (peek('[')) {
                numbers();
            } else {
                number();
            }
        }

        private List<Long> numbers() {
            expect('[');
            List<Long> values = new ArrayList<>();
            if (!peek(']')) {
                do {
                    values.add(number());
                } while (accept(','));
            }
            expect(']');
            return values;
        }

        private long number() {
            skipSpace();
            int start = at;
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            try {
                return Long.parseLong(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("a whole number");
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (at < text.length() && text.charAt(at) != '"') {
                char ch = text.charAt(at++);
                if (ch == '\\' && at < text.length()) {
                    char escaped = text.charAt(at++);
                    if (escaped == 'u' && at + 4 <= text.length()) {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        value.append(switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> escaped;
                        });
                    }
                } else {
                    value.append(ch);
                }
            }
            expect('"');
            return value.toString();
        }

        private boolean peek(char ch) {
            skipSpace();
            return at < text.length() && text.charAt(at) == ch;
        }

        private boolean accept(char ch) {
            if (peek(ch)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char ch) {
            if (!accept(ch)) {
                throw error("'" + ch + "'");
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("expected " + expected + " at " + at + " in " + text);
        }
    }
}
