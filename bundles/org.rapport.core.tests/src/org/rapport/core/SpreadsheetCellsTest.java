package org.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a spreadsheet would run as a formula is written as text; numbers and everything else stay as they are. */
class SpreadsheetCellsTest {

    @Test
    void formulasBecomeTextThatASpreadsheetShowsButDoesNotRun() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")",
                SpreadsheetCells.safe("=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertEquals("'+cmd|calc", SpreadsheetCells.safe("+cmd|calc"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetCells.safe("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetCells.safe("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", SpreadsheetCells.safe("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetCells.safe("\r=1+1"));
    }

    @Test
    void phoneNumbersAmountsAndOrdinaryTextAreLeftAsTheyAre() {
        assertEquals("+44 20 7946 0958", SpreadsheetCells.safe("+44 20 7946 0958"));
        assertEquals("+1 (555) 010-0199", SpreadsheetCells.safe("+1 (555) 010-0199"));
        assertEquals("-12.50", SpreadsheetCells.safe("-12.50"));
        assertEquals("Ada = genius", SpreadsheetCells.safe("Ada = genius"));
        assertEquals("'@ada@mastodon.social", SpreadsheetCells.safe("@ada@mastodon.social"));
        assertEquals("", SpreadsheetCells.safe((String) null));
        assertEquals("42", SpreadsheetCells.safe(Integer.valueOf(42)));
    }

    @Test
    void unescapeGivesBackTheStoredValue() {
        for (String value : new String[] { "=1+1", "+cmd|calc", "@ada@mastodon.social", "+44 20 7946 0958", "Ada",
                "'quoted'" }) {
            assertEquals(value, SpreadsheetCells.unescape(SpreadsheetCells.safe(value)), value);
        }
    }
}
