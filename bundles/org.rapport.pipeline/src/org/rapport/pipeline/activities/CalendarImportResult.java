package org.rapport.pipeline.activities;

import java.util.List;

/**
 * What an iCalendar import did.
 *
 * @param created  activities created
 * @param updated  activities updated (the file had their UID)
 * @param skipped  components that were not imported (with the reason in {@code problems})
 * @param problems one line each, naming the component (its line, UID or summary) and what was wrong
 */
public record CalendarImportResult(int created, int updated, int skipped, List<String> problems) {

    /** Copies the problems. */
    public CalendarImportResult {
        problems = List.copyOf(problems);
    }
}
