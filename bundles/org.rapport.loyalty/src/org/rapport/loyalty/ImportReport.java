package org.rapport.loyalty;

import java.nio.file.Path;
import java.util.List;

/**
 * What a transactions import did. Each row was applied whole or rejected.
 *
 * @param applied         rows applied (purchases earned, refunds cancelled)
 * @param alreadyImported rows whose reference was imported before with the same content (skipped)
 * @param rejected        rows rejected
 * @param problems        the first rejected rows with line and reason (all of them are in the report file)
 * @param reportFile      the report CSV of the rejected rows, beside the input (written on every import)
 */
public record ImportReport(long applied, long alreadyImported, long rejected, List<ImportProblem> problems, Path reportFile) {

    /** Copies the list. */
    public ImportReport {
        problems = List.copyOf(problems);
    }
}
