package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.ui.table.Column;
import org.rapport.ui.table.PageSource;
import org.rapport.ui.table.PagedTable;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * A PagedTable given a source whose size the caller already read (as a list does after a change, a new order or a
 * filter): the new rows show where the user was, with the same rows selected, without counting again; and a list
 * that shrinks from a million rows to a few hundred shows them at once (GTK used to remove the rows one by one).
 */
@ExtendWith(ScreenshotOnFailure.class)
class PagedTableKnownSizeTest {

    private static final int MILLION = 1_000_000;
    private static final int PAGE = 50;

    private Shell shell;
    private PagedTable<String> paged;
    private Table table;

    @BeforeEach
    void openTable() {
        shell = new Shell(UiTestSupport.window().getShell());
        shell.setLayout(new FillLayout());
        shell.setSize(600, 500);
        paged = new PagedTable<>(shell, SWT.MULTI | SWT.FULL_SELECTION, List.of(new Column<String>("Row", 300, r -> r)), PAGE);
        table = paged.getTable();
        shell.open();
    }

    @AfterEach
    void closeShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void aSourceOfKnownSizeReplacesTheRowsWhereTheUserIsWithoutCountingAgain() {
        paged.setSource(new Rows("old", MILLION), MILLION, null);
        paged.setTopIndex(500_000);
        paged.setSelection(500_010);
        waitForRow(500_010, "old 500010");

        Rows renamed = new Rows("new", MILLION);
        paged.setSource(renamed, MILLION, null);

        waitForRow(500_010, "new 500010");
        assertEquals(0, renamed.counts.get(), "the size given is not read again");
        assertArrayEquals(new int[] { 500_010 }, paged.selectionIndices(), "the same row stays selected");
        assertTrue(Math.abs(paged.topIndex() - 500_000) < 50, "the list stays where it was: " + paged.topIndex());
        assertTrue(renamed.offsets.stream().allMatch(offset -> offset >= 499_000),
                "only the rows on screen are read: " + renamed.offsets);
    }

    @Test
    void aListShrinkingFromAMillionRowsToAFewHundredShowsThem() {
        paged.setSource(new Rows("all", MILLION), MILLION, null);
        waitForRow(0, "all 0");

        List<String> firstPage = IntStream.range(0, PAGE).mapToObj(i -> "some " + i).toList();
        paged.setSource(new Rows("some", 300), 300, firstPage);

        assertEquals(300, paged.rowCount());
        assertEquals(300, table.getItemCount(), "a short list is all in the table");
        assertEquals("some 0", paged.itemAt(0).getText(), "the first page given shows without reading");
        waitForRow(299, "some 299");
    }

    private void waitForRow(int index, String text) {
        spinUntil(() -> text.equals(textAt(index)),
                () -> "row " + index + " shows '" + text + "'; it shows '" + textAt(index) + "'");
    }

    /** The text of a row, or {@code null} when it is not in the table's window. */
    private String textAt(int row) {
        TableItem item = paged.itemAt(row);
        return item == null ? null : item.getText();
    }

    /** Rows "name 0", "name 1"… that record how they are read. */
    private static final class Rows implements PageSource<String> {
        final String name;
        final int size;
        final AtomicInteger counts = new AtomicInteger();
        final List<Integer> offsets = new CopyOnWriteArrayList<>();

        Rows(String name, int size) {
            this.name = name;
            this.size = size;
        }

        @Override
        public int count() {
            counts.incrementAndGet();
            return size;
        }

        @Override
        public List<String> page(int offset, int limit) {
            offsets.add(offset);
            return IntStream.range(offset, Math.min(size, offset + limit)).mapToObj(i -> name + " " + i).toList();
        }
    }
}
