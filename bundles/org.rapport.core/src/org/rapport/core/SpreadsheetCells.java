package org.rapport.core;

import java.util.regex.Pattern;

/**
 * Makes text safe to write into a CSV (or tab-separated) cell that a spreadsheet will open: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google
 * Sheets as a formula, so data from outside (imports, social feeds) could run commands or leak data
 * ("CSV injection", see OWASP). Such a cell gets a leading apostrophe, which spreadsheets take as "this is text" and
 * do not show. Stored values are never changed; only what is written to the file is.
 * <p>
 * Numbers stay usable: a cell made only of digits and the punctuation of phone numbers and amounts ({@code +44 20
 * 7946 0958}, {@code -12.50}, {@code +1 (555) 0100}) is left as it is, since it cannot call a function or refer to
 * another cell.
 */
public final class SpreadsheetCells {

    /** What a spreadsheet may read as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A phone number or a signed amount: digits, spaces and ( ) . / - after an optional sign. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?[0-9][0-9 ()./-]*");

    private SpreadsheetCells() {
    }

    /**
     * The text to write into a cell: {@code value} itself, or {@code value} behind an apostrophe when a spreadsheet
     * would read it as a formula.
     *
     * @param value the stored value; {@code null} is written as an empty cell
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || NUMBER_LIKE.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** {@link #safe(String)} for any value: text as {@link Object#toString()}, {@code null} as an empty cell. */
    public static String safe(Object value) {
        return value == null ? "" : safe(value.toString());
    }

    /**
     * The stored value of a cell that {@link #safe(String)} wrote: without the apostrophe it added (an apostrophe
     * followed by a formula start); any other text unchanged. Importers of CSV files use it so that an export
     * imports again unchanged.
     */
    public static String unescape(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
