package org.rapport.community.internal.imports;

import java.time.Instant;

/**
 * One activity read from an export file, in the form the importer writes: who (an identity and what else the file
 * says about them), what, when, and the key that makes a second import skip it.
 *
 * @param line         the file's line where the row starts
 * @param network      the platform of the identity ({@code github}, {@code discourse}, {@code slack}, {@code email})
 * @param handle       the handle there (for {@code email}, the address)
 * @param displayName  the name the file gives, or empty
 * @param email        an email address the file gives besides the handle, or {@code null}
 * @param type         the activity type key
 * @param occurredAt   when
 * @param title        a short description, or empty
 * @param url          a link, or {@code null}
 * @param sourceKey    unique per item of the source: {@code github:<event id>}, {@code slack:<ts>:<user>}, ...
 * @param targetHandle the handle (same network) of the member it connects to (replied to, mentioned), or {@code null}
 * @param attendance   the event and attendance an attendee list gives, or {@code null} for other activities
 */
public record ImportRow(long line, String network, String handle, String displayName, String email, String type,
        Instant occurredAt, String title, String url, String sourceKey, String targetHandle, Attendance attendance) {

    /**
     * An attendee list's row: which event, and whether the person attended.
     *
     * @param eventName  the event's name as the list gives it, or empty when the import is for a known event
     * @param eventStart when the event started, or {@code null} when the list does not say
     * @param attended   whether they attended (or only registered)
     */
    public record Attendance(String eventName, Instant eventStart, boolean attended) {
    }

    /** Fills in empty texts. */
    public ImportRow {
        displayName = displayName == null ? "" : displayName.strip();
        title = title == null ? "" : title.strip();
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
