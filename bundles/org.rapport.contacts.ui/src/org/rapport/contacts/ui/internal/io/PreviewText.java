package org.rapport.contacts.ui.internal.io;

import org.rapport.contacts.io.ImportResult;

/** Counts of a preview or an import in words. */
final class PreviewText {

    private PreviewText() {
    }

    /** E.g. "3 people will be created, 1 updated, 0 unchanged; 1 row rejected." */
    static String summary(ImportResult result) {
        String verb = result.dryRun() ? " will be " : " ";
        StringBuilder text = new StringBuilder(String.format("%,d %s%screated, %,d updated, %,d unchanged; %,d %s rejected.",
                result.created(), result.created() == 1 ? "person" : "people", verb, result.updated(),
                result.unchanged(), result.rejected(), result.rejected() == 1 ? "row" : "rows"));
        if (result.alreadyImported() > 0) {
            text.append(String.format(" %,d rows were imported by an earlier, interrupted run and are skipped.",
                    result.alreadyImported()));
        }
        if (result.valuesSkipped() > 0) {
            text.append(String.format(" %,d %s left out or changed (see the problems).", result.valuesSkipped(),
                    result.valuesSkipped() == 1 ? "value is" : "values are"));
        }
        return text.toString();
    }
}
