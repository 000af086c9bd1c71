package org.rapport.loyalty;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports purchases and refunds from a POS/ERP CSV file whose header is exactly
 * {@code date,email,amount,currency,reference,type,refunds} ({@code type} {@code purchase} or {@code refund};
 * {@code refunds} the reference of the refunded purchase; optional further columns after these: a {@code category}
 * column gives a purchase's category, which category rules multiply). Idempotent by
 * reference: a re-run skips what was applied. Each row is applied whole or rejected with its line and reason; rows
 * are committed in chunks, so an interrupted import loses at most the chunk in flight and a re-run completes it. The
 * rejected rows are written to {@code FILE.import-report.csv} beside the input.
 */
public interface TransactionImport {

    /** The exact header the file must start with. */
    String HEADER = "date,email,amount,currency,reference,type,refunds";

    /**
     * Imports the file into the program.
     *
     * @throws LoyaltyException for an unknown program, or a file that cannot be read or has another header
     */
    ImportReport importFile(long programId, Path file, IProgressMonitor monitor);
}
