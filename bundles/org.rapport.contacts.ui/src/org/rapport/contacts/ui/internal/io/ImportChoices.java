package org.rapport.contacts.ui.internal.io;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.MappingPreset;

/**
 * What the user chose on the import wizard's pages, shared by them: the file and how to read it (file page), the
 * column mapping and date formats (mapping page). {@link #settings()} turns it into the importer's settings.
 */
final class ImportChoices {

    /** The file's encodings the wizard offers; the importer detects one unless the user chooses. */
    enum Encoding {
        DETECT("Detect (UTF-8, else Windows-1252)", null),
        UTF_8("UTF-8 (with or without byte order mark)", "UTF-8"),
        WINDOWS_1252("Windows-1252 (Excel and Outlook on Windows)", "windows-1252");

        final String label;
        /** {@code null}: detected by the importer. */
        final Charset charset;

        Encoding(String label, String charsetName) {
            this.label = label;
            this.charset = charsetName == null ? null : Charset.forName(charsetName);
        }

        /** The choice for a charset the importer suggests, or {@code null} when the wizard does not offer it. */
        static Encoding of(Charset charset) {
            for (Encoding encoding : values()) {
                if (encoding.charset != null && encoding.charset.equals(charset)) {
                    return encoding;
                }
            }
            return null;
        }
    }

    Path file;
    Encoding encoding = Encoding.DETECT;
    /** The CSV delimiter; {@code null}: detect. */
    Character delimiter;
    /** Whether the first CSV row names the columns; {@code null}: detect. */
    Boolean header;
    /** What the importer found when it last looked at the file with these choices; {@code null} before. */
    FileLayout layout;
    MappingPreset preset;
    ColumnMapping mapping;
    List<String> datePatterns = ImportSettings.DEFAULT_DATE_PATTERNS;
    String tagSeparator = ";";
    /** Where reports go when the file's own folder is not writable. */
    final Path reportFolder;

    ImportChoices(Path reportFolder) {
        this.reportFolder = reportFolder;
    }

    /** The settings to look at the file with, before its columns are known. */
    ImportSettings inspectionSettings() {
        return ImportSettings.defaults().withEncoding(encoding.charset).withDelimiter(delimiter).withHeader(header);
    }

    /** Takes what a look at the file found: its format, and for CSV its delimiter, header, preset and mapping. */
    void found(FileLayout found) {
        layout = found;
        preset = found.preset();
        mapping = found.mapping();
    }

    boolean isCsv() {
        return layout != null && layout.format() == ContactFormat.CSV;
    }

    /** The settings of the preview and the import. */
    ImportSettings settings() {
        ImportSettings settings = ImportSettings.defaults().withEncoding(encoding.charset).withDatePatterns(datePatterns)
                .withTagSeparator(tagSeparator).withReportFile(reportFile());
        if (layout == null) {
            return settings;
        }
        settings = settings.withFormat(layout.format());
        if (isCsv()) {
            settings = settings.withDelimiter(layout.delimiter()).withHeader(layout.header()).withPreset(preset)
                    .withMapping(mapping);
        }
        return settings;
    }

    /** Beside the file, as the importer does by default, unless that folder is not writable. */
    private Path reportFile() {
        if (file == null) {
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && Files.isWritable(folder)) {
            return null;
        }
        return reportFolder.resolve(file.getFileName() + ".import-report.csv");
    }
}
