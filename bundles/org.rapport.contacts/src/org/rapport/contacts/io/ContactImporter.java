package org.rapport.contacts.io;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports people from CSV and vCard files. Available as an OSGi service. Every method reads files and the database:
 * call it from a background job, never the UI thread.
 * <p>
 * Matching: a row whose email address (ignoring case) or social network and handle an existing person has updates
 * that person instead of creating a duplicate: the person keeps their data and gains what the row adds (new emails,
 * phones, addresses, profiles, organizations, tags; empty fields filled). Rows of the same file that match each other
 * are merged the same way.
 * <p>
 * Bad rows never stop an import: each rejected row or card is reported with its line, the field and the reason, and
 * the rest is imported. Only a file that cannot be read at all raises an {@link ImportException}.
 */
public interface ContactImporter {

    /**
     * A first look at a file, quick and without the database: format, encoding, delimiter, columns, sample rows and
     * the suggested mapping, for the wizard's pages. An encoding problem is reported in the layout, not thrown.
     *
     * @throws ImportException when the file does not exist, cannot be read or is not a contacts file
     */
    FileLayout inspect(Path file, ImportSettings settings);

    /** The mapping a preset gives for these column names (for the mapping page's preset choice). */
    ColumnMapping mappingFor(MappingPreset preset, List<String> columns);

    /**
     * What an import would do, without writing anything: the counts, the first rows' outcome and the problems.
     * Cancelling returns what was found so far, with {@code cancelled} set.
     *
     * @throws ImportException when the file cannot be read at all
     */
    ImportResult preview(Path file, ImportSettings settings, IProgressMonitor monitor);

    /**
     * Imports a file in transactions of {@link ImportSettings#chunkSize()} rows; the next chunk is read while one is
     * written, on a thread of the importer's. After each committed chunk the monitor's sub-task says "Committed up to
     * line N: ..." (said from that thread, before the next chunk starts) and contact change events are posted.
     * Cancelling keeps the chunk being written when the user cancelled and discards the one being read. Cancelling (or a
     * crash) keeps the committed chunks; running the same file again (same content, by SHA-256) continues after the
     * last committed line. Each created or updated person gets an "Imported from <file>" timeline entry. A report of
     * every problem is written (see {@link ImportSettings#reportFile()}).
     *
     * @throws ImportException when the file cannot be read at all; nothing is written then
     */
    ImportResult importFile(Path file, ImportSettings settings, IProgressMonitor monitor);
}
