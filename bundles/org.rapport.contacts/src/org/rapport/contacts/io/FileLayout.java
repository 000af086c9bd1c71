package org.rapport.contacts.io;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What a first look at a file found, for the wizard's format and column-mapping pages.
 *
 * @param format           CSV or vCard
 * @param encoding         the encoding the file will be read in: the chosen one, else the detected one (UTF-8, or
 *                         Windows-1252 when the file is not UTF-8 but Windows-1252 text); a vCard's properties that
 *                         name a CHARSET are read in it
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
 * @param encodingNote     why {@code encoding} was chosen when it was detected as other than UTF-8 (e.g. "read as
 *                         Windows-1252 ...: line 3 is not UTF-8"), for the wizard to show; empty otherwise
 * @since 1.1 ({@code encodingNote})
 */
public record FileLayout(ContactFormat format, Charset encoding, boolean byteOrderMark, String encodingProblem,
        Charset suggestedEncoding, char delimiter, boolean header, List<String> columns, List<List<String>> sampleRows,
        MappingPreset preset, ColumnMapping mapping, int cards, String encodingNote) {

    /** Copies the lists. */
    public FileLayout {
        encodingProblem = encodingProblem == null ? "" : encodingProblem;
        encodingNote = encodingNote == null ? "" : encodingNote;
        columns = List.copyOf(columns);
        sampleRows = sampleRows.stream().map(List::copyOf).toList();
    }

    /** A layout without a note on the encoding (as before 1.1). */
    public FileLayout(ContactFormat format, Charset encoding, boolean byteOrderMark, String encodingProblem,
            Charset suggestedEncoding, char delimiter, boolean header, List<String> columns,
            List<List<String>> sampleRows, MappingPreset preset, ColumnMapping mapping, int cards) {
        this(format, encoding, byteOrderMark, encodingProblem, suggestedEncoding, delimiter, header, columns,
                sampleRows, preset, mapping, cards, "");
    }

    /** Whether the encoding was detected as other than UTF-8 (see {@link #encodingNote()}). */
    public boolean encodingDetected() {
        return !encodingNote.isEmpty();
    }

    /** Whether the file can be read in the chosen encoding. */
    public boolean readable() {
        return encodingProblem.isEmpty();
    }
}
