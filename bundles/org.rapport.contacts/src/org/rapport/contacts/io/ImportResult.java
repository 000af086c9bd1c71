package org.rapport.contacts.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a preview or an import. After a preview the counts say what an import would do.
 *
 * @param file            the file read
 * @param format          its format
 * @param dryRun          {@code true} for a preview: nothing was written
 * @param rows            rows or cards read (rejected ones included, already imported ones not)
 * @param created         new people
 * @param updated         existing people who gained something
 * @param unchanged       rows that matched someone who already had everything
 * @param rejected        rows or cards not imported (see {@link #problems()})
 * @param alreadyImported rows skipped because an earlier, interrupted run of the same file committed them
 * @param valuesSkipped   values left out of (or changed in) rows that were imported: year-less birthdays, broken
 *                        emails, unknown custom fields, names shortened to their field...
 * @param sample          the first rows' outcome (at most 1,000), for the preview table
 * @param problems        the first problems (at most 10,000); the report file has them all
 * @param problemCount    how many problems there were in all
 * @param report          the report file, or {@code null} when none was written
 * @param cancelled       whether the user cancelled; what was committed stays and a re-run imports the rest
 * @param lastCommittedLine the last line committed (0 when nothing was); a re-run continues after it
 * @param elapsed         how long it took
 * @param encoding        the encoding the file was read in ({@code null} when not known)
 * @param encodingNote    why, when it was detected as other than UTF-8 (e.g. "read as Windows-1252 ...: line 3 is
 *                        not UTF-8"); empty otherwise
 * @since 1.1 ({@code encoding}, {@code encodingNote})
 */
public record ImportResult(Path file, ContactFormat format, boolean dryRun, long rows, int created, int updated,
        int unchanged, int rejected, int alreadyImported, int valuesSkipped, List<PlannedContact> sample,
        List<ImportProblem> problems, int problemCount, Path report, boolean cancelled, long lastCommittedLine,
        Duration elapsed, Charset encoding, String encodingNote) {

    /** Copies the lists. */
    public ImportResult {
        sample = List.copyOf(sample);
        problems = List.copyOf(problems);
        encodingNote = encodingNote == null ? "" : encodingNote;
    }

    /** A result without the encoding (as before 1.1). */
    public ImportResult(Path file, ContactFormat format, boolean dryRun, long rows, int created, int updated,
            int unchanged, int rejected, int alreadyImported, int valuesSkipped, List<PlannedContact> sample,
            List<ImportProblem> problems, int problemCount, Path report, boolean cancelled, long lastCommittedLine,
            Duration elapsed) {
        this(file, format, dryRun, rows, created, updated, unchanged, rejected, alreadyImported, valuesSkipped, sample,
                problems, problemCount, report, cancelled, lastCommittedLine, elapsed, null, "");
    }

    /** People created or updated. */
    public int imported() {
        return created + updated;
    }

    /** One line for people, e.g. "1,204 created, 17 updated, 3 unchanged, 2 rejected". */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format("%,d created, %,d updated, %,d unchanged, %,d rejected",
                created, updated, unchanged, rejected));
        if (alreadyImported > 0) {
            text.append(String.format(", %,d already imported by an earlier run", alreadyImported));
        }
        if (cancelled) {
            text.append(" (cancelled: run it again to import the rest)");
        }
        return text.toString();
    }
}
