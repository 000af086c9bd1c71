package org.rapport.core.timeline;

import java.time.Instant;
import java.util.Objects;

import org.rapport.core.ObjectLink;

/**
 * One dated interaction in a person's history.
 *
 * @param when         when it happened
 * @param kind         what kind of interaction, e.g. {@code call}, {@code deal-won}, {@code created}; also picks the icon
 * @param title        one line for the list
 * @param detail       longer text, may be empty
 * @param sourceBundle symbolic name of the bundle that contributed it
 * @param link         the object it comes from, to open it; may be {@code null}
 */
public record TimelineEntry(Instant when, String kind, String title, String detail, String sourceBundle, ObjectLink link) {

    /** Checks that the parts a view always shows are present. */
    public TimelineEntry {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceBundle, "sourceBundle");
        detail = detail == null ? "" : detail;
    }
}
