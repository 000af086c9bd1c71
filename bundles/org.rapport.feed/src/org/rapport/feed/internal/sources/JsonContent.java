package org.rapport.feed.internal.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.rapport.feed.sources.FeedException;
import org.rapport.feed.sources.FeedException.Kind;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        return readItems(content, origin, what, null).root();
    }

    /**
     * A JSON document with the exact source text of each element of its list of items, kept as each item's raw
     * payload: slicing the source costs nothing, writing each element out again cost as much as parsing it.
     *
     * @param root  the document
     * @param items the source of each element of the list, in order; empty when there is no such list
     */
    public record Items(JsonNode root, List<String> items) {
    }

    /**
     * Parses a whole JSON document as {@link #read} does, keeping the source of the elements of its list of items.
     *
     * @param field the field of the root object that holds the list, or {@code null} when the root is the list (if
     *              it is an array)
     * @throws FeedException MALFORMED with line and column when it is not complete, well-formed JSON
     */
    public static Items readItems(byte[] content, String origin, String what, String field) throws FeedException {
        if (content.length == 0) {
            throw new FeedException(Kind.MALFORMED, origin + " is empty, not " + what);
        }
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FeedException(Kind.MALFORMED, origin + " holds no JSON, not " + what);
            }
            List<String> items = new ArrayList<>();
            JsonNode root;
            if (field == null && first == JsonToken.START_ARRAY) {
                root = elements(parser, content, items);
            } else if (field != null && first == JsonToken.START_OBJECT) {
                ObjectNode object = MAPPER.getNodeFactory().objectNode();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                    if (token == null) {
                        throw new JsonEOFException(parser, null, "Unexpected end-of-input: expected close marker for "
                                + "OBJECT");
                    }
                    String name = parser.currentName(); // a FIELD_NAME: the parser reports anything else as broken
                    boolean list = parser.nextToken() == JsonToken.START_ARRAY && name.equals(field);
                    if (list) {
                        items.clear(); // a repeated field: the last one counts, as in a tree
                    }
                    object.set(name, list ? elements(parser, content, items) : MAPPER.readTree(parser));
                }
                root = object;
            } else {
                root = MAPPER.readTree(parser);
            }
            return new Items(root, items);
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

    /** The array the parser is at the start of, with each element's source text added to {@code sources}. */
    private static ArrayNode elements(JsonParser parser, byte[] content, List<String> sources) throws IOException {
        ArrayNode array = MAPPER.getNodeFactory().arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "Unexpected end-of-input: expected close marker for ARRAY");
            }
            long start = parser.currentTokenLocation().getByteOffset();
            JsonNode element = MAPPER.readTree(parser);
            long end = parser.currentLocation().getByteOffset();
            array.add(element);
            // UTF-16 and UTF-32 are read through a Reader, which counts no bytes: then the element written out
            sources.add(start >= 0 && end >= start ? new String(content, (int) start, (int) (end - start),
                    StandardCharsets.UTF_8) : element.toString());
        }
        return array;
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
}
