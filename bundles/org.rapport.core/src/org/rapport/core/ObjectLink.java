package org.rapport.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A link to an object owned by some domain bundle, for example the opportunity behind a timeline entry. The text form
 * {@code rapport:<type>/<id>} is stable and may be stored or passed on a command line.
 *
 * @param type the object type, qualified by its domain, e.g. {@code pipeline.opportunity}
 * @param id   the object's id within that type
 */
public record ObjectLink(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");
    private static final String SCHEME = "rapport:";

    /** Checks the parts: a dotted lower-case type and a non-empty id without a slash. */
    public ObjectLink {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("object type '" + type + "' must look like 'domain.kind', e.g. 'pipeline.opportunity'");
        }
        if (id.isEmpty() || id.indexOf('/') >= 0) {
            throw new IllegalArgumentException("object id '" + id + "' must be non-empty and contain no '/'");
        }
    }

    /** Returns the text form {@code rapport:<type>/<id>}. */
    public String toUri() {
        return SCHEME + type + "/" + id;
    }

    /**
     * Parses the text form written by {@link #toUri()}.
     *
     * @throws IllegalArgumentException naming the text and the expected form when it is not a Rapport link
     */
    public static ObjectLink parse(String uri) {
        int slash = uri == null ? -1 : uri.indexOf('/');
        if (uri == null || !uri.startsWith(SCHEME) || slash < 0) {
            throw new IllegalArgumentException("'" + uri + "' is not a Rapport link; expected rapport:<type>/<id>");
        }
        return new ObjectLink(uri.substring(SCHEME.length(), slash), uri.substring(slash + 1));
    }

    @Override
    public String toString() {
        return toUri();
    }
}
