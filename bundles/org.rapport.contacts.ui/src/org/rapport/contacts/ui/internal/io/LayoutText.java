package org.rapport.contacts.ui.internal.io;

import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.MappingPreset;

/** What a look at a file found, in words for the file page. */
final class LayoutText {

    private LayoutText() {
    }

    /** E.g. "CSV in UTF-8 with byte order mark, separated by semicolons; the first row names 57 columns." */
    static String describe(FileLayout layout) {
        StringBuilder text = new StringBuilder();
        if (layout.format() == ContactFormat.VCARD) {
            text.append(String.format("vCard file in %s%s: %,d %s.", layout.encoding().displayName(),
                    layout.byteOrderMark() ? " with byte order mark" : "", layout.cards(),
                    layout.cards() == 1 ? "card" : "cards"));
            return text.append(detected(layout)).toString();
        }
        text.append(String.format("CSV file in %s%s, separated by %s; ", layout.encoding().displayName(),
                layout.byteOrderMark() ? " with byte order mark" : "", delimiter(layout.delimiter())));
        text.append(layout.header() ? String.format("the first row names %d columns.", layout.columns().size())
                : String.format("%d columns without names (the first row is a person).", layout.columns().size()));
        if (layout.preset() != null && layout.preset() != MappingPreset.DEFAULT && layout.header()) {
            text.append(" The columns are those of ").append(layout.preset().label()).append('.');
        }
        return text.append(detected(layout)).toString();
    }

    /** Why the importer chose an encoding other than UTF-8, e.g. " Detected: read as Windows-1252 (...): line 3 ...". */
    private static String detected(FileLayout layout) {
        return layout.encodingDetected() ? " Encoding detected: " + layout.encodingNote() + "." : "";
    }

    static String delimiter(char delimiter) {
        return switch (delimiter) {
            case ',' -> "commas";
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "'" + delimiter + "'";
        };
    }
}
