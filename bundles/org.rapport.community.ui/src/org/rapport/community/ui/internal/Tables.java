package org.rapport.community.ui.internal;

import java.util.List;

import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;

/** Showing rows already read in a paged table. */
public final class Tables {

    private Tables() {
    }

    /**
     * Shows rows read in a job at once: the count and the first page take effect now (no second read in the
     * background), so what the view says about the rows and the rows agree.
     */
    public static <T> void show(PagedTable<T> table, List<T> rows) {
        table.setSource(PageSource.of(rows), rows.size(), rows.subList(0, Math.min(rows.size(), table.pageSize())));
    }
}
