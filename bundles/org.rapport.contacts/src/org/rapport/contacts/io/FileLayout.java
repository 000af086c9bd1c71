package org.rapport.contacts.io;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What a first look at a file found, for the wizard's format and column-mapping pages.
 *
 * @param format           CSV or vCard
 * @param encoding         the encoding the file will be read in (the chosen one, else UTF-8)
 * @param byteOrderMark    whether the file starts with a UTF-8 byte order mark
 * @param encodingProblem  why the file cannot be read in {@code encoding} (with the line and what to choose
 *                         instead), or empty when it can
 * @param suggestedEncoding the encoding the file is most likely in
 * @param delimiter        the CSV delimiter ({@code ,} for vCard)
 * @param header           whether the first CSV row names the columns
 * @param columns          the CSV column names (from the header, else "Column 1"...); empty for vCard
 * @param sampleRows       the first CSV data rows (at most 20), as text; empty for vCard
 * @param preset           the mapping preset whose column names the file has; {@code null} for vCard
 * @param mapping          the suggested mapping: the settings' own, else the preset's; {@code null} for vCard
 * @param cards            for vCard, how many cards the file holds (BEGIN:VCARD lines); 0 for CSV
 */
public record FileLayout(ContactFormat format, Charset encoding, boolean byteOrderMark, String encodingProblem,
        Charset suggestedEncoding, char delimiter, boolean header, List<String> columns, List<List<String>> sampleRows,
        MappingPreset preset, ColumnMapping mapping, int cards) {

    /** Copies the lists. */
    public FileLayout {
        encodingProblem = encodingProblem == null ? "" : encodingProblem;
        columns = List.copyOf(columns);
        sampleRows = sampleRows.stream().map(List::copyOf).toList();
    }

    /** Whether the file can be read in the chosen encoding. */
    public boolean readable() {
        return encodingProblem.isEmpty();
    }
}
