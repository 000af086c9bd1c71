package org.rapport.contacts.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * How to read a file. Every choice may be left open ({@code null}) to be detected from the file; start from
 * {@link #defaults()} and change what the user chose with the {@code with...} methods.
 *
 * @param format        CSV or vCard; {@code null}: by the file name's extension, else by the content
 * @param encoding      the character set; {@code null}: detected, UTF-8 with or without byte order mark, else
 *                      Windows-1252 when the file is Windows-1252 text (a vCard's properties that name a CHARSET are
 *                      read in it). Files that are not text in the chosen (or either detected) encoding are refused
 *                      with the line of the first undecodable bytes and the likely encoding
 * @param delimiter     the CSV delimiter; {@code null}: the most frequent of , ; and tab in the first line
 * @param header        whether the first CSV row names the columns; {@code null}: detected
 * @param preset        the CSV mapping preset; {@code null}: the one whose column names the file has
 * @param mapping       the CSV column mapping; {@code null}: the preset's for the file's header
 * @param datePatterns  date patterns tried in order ({@code java.time} patterns, e.g. {@code dd.MM.yyyy}); ISO dates
 *                      ({@code 1985-04-12}) are always accepted
 * @param tagSeparator  what separates tags in one cell, unless the mapping says otherwise
 * @param chunkSize     rows per transaction: a crash loses at most this many rows, which a re-run imports
 * @param reportFile    where to write the report of rejected rows; {@code null}: beside the file, as
 *                      {@code <file>.import-report.csv}, when importing (a preview writes one only when asked)
 * @param ignoreJournal whether to read the whole file again although an earlier run of the same file committed
 *                      part of it (matching still turns already imported people into updates)
 */
public record ImportSettings(ContactFormat format, Charset encoding, Character delimiter, Boolean header,
        MappingPreset preset, ColumnMapping mapping, List<String> datePatterns, String tagSeparator, int chunkSize,
        Path reportFile, boolean ignoreJournal) {

    /** ISO, then day.month.year, then the US month/day/year. */
    public static final List<String> DEFAULT_DATE_PATTERNS = List.of("yyyy-MM-dd", "d.M.yyyy", "M/d/yyyy");
    /** Rows per transaction unless set. */
    public static final int DEFAULT_CHUNK_SIZE = 1_000;

    /** Checks and normalizes the parts. */
    public ImportSettings {
        datePatterns = datePatterns == null || datePatterns.isEmpty() ? DEFAULT_DATE_PATTERNS : List.copyOf(datePatterns);
        tagSeparator = tagSeparator == null || tagSeparator.isEmpty() ? ";" : tagSeparator;
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be 1 or more, was " + chunkSize);
        }
    }

    /** Everything detected, the default date patterns, ";" between tags, 1,000 rows per transaction. */
    public static ImportSettings defaults() {
        return new ImportSettings(null, null, null, null, null, null, DEFAULT_DATE_PATTERNS, ";", DEFAULT_CHUNK_SIZE,
                null, false);
    }

    /** The same settings with this format ({@code null}: detect). */
    public ImportSettings withFormat(ContactFormat value) {
        return new ImportSettings(value, encoding, delimiter, header, preset, mapping, datePatterns, tagSeparator,
                chunkSize, reportFile, ignoreJournal);
    }

    /** The same settings with this encoding ({@code null}: detect, see {@link #encoding()}). */
    public ImportSettings withEncoding(Charset value) {
        return new ImportSettings(format, value, delimiter, header, preset, mapping, datePatterns, tagSeparator,
                chunkSize, reportFile, ignoreJournal);
    }

    /** The same settings with this CSV delimiter ({@code null}: detect). */
    public ImportSettings withDelimiter(Character value) {
        return new ImportSettings(format, encoding, value, header, preset, mapping, datePatterns, tagSeparator,
                chunkSize, reportFile, ignoreJournal);
    }

    /** The same settings saying whether the first CSV row is a header ({@code null}: detect). */
    public ImportSettings withHeader(Boolean value) {
        return new ImportSettings(format, encoding, delimiter, value, preset, mapping, datePatterns, tagSeparator,
                chunkSize, reportFile, ignoreJournal);
    }

    /** The same settings with this mapping preset ({@code null}: detect from the header). */
    public ImportSettings withPreset(MappingPreset value) {
        return new ImportSettings(format, encoding, delimiter, header, value, mapping, datePatterns, tagSeparator,
                chunkSize, reportFile, ignoreJournal);
    }

    /** The same settings with this column mapping ({@code null}: the preset's). */
    public ImportSettings withMapping(ColumnMapping value) {
        return new ImportSettings(format, encoding, delimiter, header, preset, value, datePatterns, tagSeparator,
                chunkSize, reportFile, ignoreJournal);
    }

    /** Tries these patterns (then ISO) for every date. */
    public ImportSettings withDatePatterns(List<String> value) {
        return new ImportSettings(format, encoding, delimiter, header, preset, mapping, value, tagSeparator, chunkSize,
                reportFile, ignoreJournal);
    }

    /** The same settings with this separator between tags in one cell. */
    public ImportSettings withTagSeparator(String value) {
        return new ImportSettings(format, encoding, delimiter, header, preset, mapping, datePatterns, value, chunkSize,
                reportFile, ignoreJournal);
    }

    /** The same settings with this many rows per transaction. */
    public ImportSettings withChunkSize(int value) {
        return new ImportSettings(format, encoding, delimiter, header, preset, mapping, datePatterns, tagSeparator,
                value, reportFile, ignoreJournal);
    }

    /** The same settings writing the report to this file ({@code null}: beside the imported file). */
    public ImportSettings withReportFile(Path value) {
        return new ImportSettings(format, encoding, delimiter, header, preset, mapping, datePatterns, tagSeparator,
                chunkSize, value, ignoreJournal);
    }

    /** The same settings, reading the whole file again even if an earlier run committed part of it. */
    public ImportSettings withIgnoreJournal(boolean value) {
        return new ImportSettings(format, encoding, delimiter, header, preset, mapping, datePatterns, tagSeparator,
                chunkSize, reportFile, value);
    }
}
