package org.rapport.feed.internal.sources;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading the JSON of Mastodon and Bluesky: the whole document or nothing, with the place where it breaks. */
public final class JsonContent {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonContent() {
    }

    /**
     * Parses a whole JSON document.
     *
     * @param what what the content should be, for the message ("a Mastodon status list")
     * @throws FeedException MALFORMED with line and column when it is not complete, well-formed JSON
     */
    public static JsonNode read(byte[] content, String origin, String what) throws FeedException {
        if (content.length == 0) {
            throw new FeedException(Kind.MALFORMED, origin + " is empty, not " + what);
        }
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new FeedException(Kind.MALFORMED, origin + " holds no JSON, not " + what);
            }
            return node;
        } catch (JsonEOFException e) {
            throw new FeedException(Kind.MALFORMED, origin + " ends in the middle of the JSON at " + place(e)
                    + ": the file is truncated or the download was cut off; nothing of it was read", e);
        } catch (JsonProcessingException e) {
            throw new FeedException(Kind.MALFORMED, origin + " is not well-formed JSON at " + place(e) + " ("
                    + e.getOriginalMessage() + "); nothing of it was read", e);
        } catch (IOException e) {
            throw new FeedException(Kind.MALFORMED, origin + " could not be read as JSON: " + e.getMessage(), e);
        }
    }

    private static String place(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "an unknown place" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** A text field, or {@code null} when absent, null or empty. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** An integer field, or {@code -1} when absent. */
    public static int count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() ? value.asInt() : -1;
    }

    /** An ISO-8601 time with offset ({@code 2026-03-02T09:15:00.000Z}), or {@code null} when it is not one. */
    public static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
