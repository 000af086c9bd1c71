package org.rapport.community;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of an activity file import.
 *
 * @param file            the file read
 * @param kind            the kind of export it was detected as (e.g. {@code github-events}, {@code discourse},
 *                        {@code slack}, {@code discord}, {@code eventbrite}, {@code meetup}, {@code csv})
 * @param rows            rows read (rejected ones included)
 * @param activities      activities added
 * @param alreadyImported rows skipped because an earlier import added them (same source key)
 * @param membersCreated  members created for people seen for the first time
 * @param rejected        rows not imported
 * @param problems        the first problems (at most 1,000); the report file has them all
 * @param report          the report file beside the imported one, or {@code null} when every row was imported
 * @param cancelled       whether the import was cancelled; committed chunks stay and a re-run adds the rest
 * @param elapsed         how long it took
 */
public record ActivityImportResult(Path file, String kind, long rows, int activities, int alreadyImported,
        int membersCreated, int rejected, List<ImportProblem> problems, Path report, boolean cancelled,
        Duration elapsed) {

    /** Copies the list. */
    public ActivityImportResult {
        problems = List.copyOf(problems);
    }

    /** One line, e.g. "github-events: 1,204 activities, 17 new members, 3 already imported, 2 rejected". */
    public String summary() {
        return String.format("%s: %,d activities, %,d new members, %,d already imported, %,d rejected%s", kind,
                activities, membersCreated, alreadyImported, rejected, cancelled ? " (cancelled)" : "");
    }
}
