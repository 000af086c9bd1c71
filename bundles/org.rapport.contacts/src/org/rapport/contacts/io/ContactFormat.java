package org.rapport.contacts.io;

import java.util.Locale;
import java.util.Optional;

/** The file formats contacts are imported from and exported to. */
public enum ContactFormat {

    /** Comma (or semicolon, or tab) separated values with a header row. */
    CSV("CSV", "csv"),
    /** vCard: 2.1, 3.0 and 4.0 are read, 4.0 is written. */
    VCARD("vCard", "vcf");

    private final String label;
    private final String extension;

    ContactFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The name people know, e.g. "vCard". */
    public String label() {
        return label;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension stands for: .csv, .tsv and .txt are CSV, .vcf and .vcard are vCard. */
    public static Optional<ContactFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return Optional.of(VCARD);
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /** The format named by a word as typed on a command line ("csv", "vcard", "vcf"), ignoring case. */
    public static Optional<ContactFormat> fromName(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "vcard", "vcf" -> Optional.of(VCARD);
            default -> Optional.empty();
        };
    }
}
