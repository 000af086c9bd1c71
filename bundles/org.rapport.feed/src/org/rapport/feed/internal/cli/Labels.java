package org.rapport.feed.internal.cli;

import java.util.Locale;

import org.rapport.feed.SentimentLabel;

/** Sentiment labels and table cells as the feed commands print them. */
final class Labels {

    private Labels() {
    }

    /** {@code positive}, {@code neutral} or {@code negative}. */
    static String of(SentimentLabel label) {
        return label.name().toLowerCase(Locale.ROOT);
    }

    /** A value in one tab-separated cell: tabs and line breaks become spaces, {@code null} an empty cell. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    /** The format option: {@code tsv} (the default) or {@code json}. */
    static boolean json(String format) throws org.rapport.core.cli.UsageException {
        if (format == null || format.equals("tsv")) {
            return false;
        }
        if (format.equals("json")) {
            return true;
        }
        throw new org.rapport.core.cli.UsageException("--format must be tsv or json, not " + format);
    }
}
