package org.rapport.community.internal.imports;

import org.rapport.community.ImportProblem;

/** Where a reader puts what it read: rows, and problems with the rows it could not read. */
interface RowSink {

    /** A row read. */
    void row(ImportRow row);

    /** A row that could not be read. */
    void problem(ImportProblem problem);

    /** Whether the reader should stop (the import was cancelled). */
    boolean cancelled();
}
