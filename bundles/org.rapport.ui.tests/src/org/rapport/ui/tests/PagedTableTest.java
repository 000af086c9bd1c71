package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.flushEvents;
import static org.rapport.ui.testing.UiTestSupport.spinFor;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
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
 * A PagedTable over a million rows: the row count shows at once, and the rows the user scrolls to appear within
 * seconds while only the pages that were on screen are read from the source.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PagedTableTest {

    private static final int ROWS = 1_000_000;
    private static final int PAGES = ROWS / PagedTable.PAGE_SIZE;
    private static final int TARGET = 999_990;
    private static final int TARGET_PAGE_OFFSET = TARGET / PagedTable.PAGE_SIZE * PagedTable.PAGE_SIZE;
    /** The pages on the screen plus a stray one GTK measures: more means the table reads ahead blindly. */
    private static final int A_HANDFUL = 5;
    /** What the source may be asked for while the table scrolls past rows: far below reading everything. */
    private static final int ONE_PERCENT = PAGES / 100;
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final CountingSource source = new CountingSource();
    private Shell shell;
    private Table table;

    @BeforeEach
    void openTableOverAMillionRows() {
        shell = new Shell(UiTestSupport.window().getShell());
        shell.setText("PagedTable test");
        shell.setLayout(new FillLayout());
        shell.setSize(600, 500);
        PagedTable<String> paged = new PagedTable<>(shell, 0, List.of(new Column<String>("Row", 300, row -> row)));
        table = paged.getTable();
        shell.open();
        paged.setSource(source);
        spinUntil(() -> table.getItemCount() == ROWS,
                () -> "the table shows " + ROWS + " rows, it shows " + table.getItemCount());
        spinUntil(() -> "row 0".equals(table.getItem(0).getText()),
                () -> "row 0 shows; it shows '" + table.getItem(0).getText() + "'");
    }

    @AfterEach
    void closeShell() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void showsAMillionRowsReadingOnlyTheFirstPages() {
        spinFor(SETTLE); // time for any needless loading to happen
        assertEquals(ROWS, table.getItemCount(), "rows");
        assertEquals(1, source.counts.get(), "the row count is read once");
        assertTrue(source.offsets.contains(0), "the first page was read: " + source.offsets);
        assertTrue(source.offsets.size() <= A_HANDFUL, "pages read for the first screen: " + source.offsets);
    }

    @Test
    void draggingTheScrollbarToTheEndShowsTheLastRowsReadingOnlyTheirPage() {
        ScrollBar bar = table.getVerticalBar();
        bar.setSelection(bar.getMaximum()); // the thumb dropped at the bottom: no rows are scrolled past
        waitUntilTargetRowShows();

        assertTargetRowOnScreen();
        assertTrue(source.offsets.contains(TARGET_PAGE_OFFSET), "the last page was read: " + source.offsets);
        assertTrue(source.offsets.size() <= A_HANDFUL, "pages read: " + source.offsets);
    }

    @Test
    void jumpingToARowNearTheEndShowsItAndReadsOnlyPagesScrolledPast() {
        table.setTopIndex(TARGET); // GTK animates this scroll, so the rows in between are painted for a moment
        table.showItem(table.getItem(TARGET));
        waitUntilScrollingStops();
        assertTargetRowOnScreen();
        waitUntilTargetRowShows();
        int readWhenShown = source.offsets.size();
        spinFor(SETTLE);

        assertTrue(source.offsets.contains(TARGET_PAGE_OFFSET), "the target's page was read: " + source.offsets);
        assertTrue(source.offsets.size() <= ONE_PERCENT,
                "pages read (of " + PAGES + "): " + source.offsets.size() + " " + source.offsets);
        assertEquals(readWhenShown, source.offsets.size(), "no reading goes on once the row shows: " + source.offsets);
    }

    /** Waits until the top row stays the same for a moment (reading the rows' text would load them early). */
    private void waitUntilScrollingStops() {
        int[] lastTop = { -1 };
        spinUntil(() -> {
            int top = table.getTopIndex();
            boolean still = top == lastTop[0];
            lastTop[0] = top;
            spinFor(Duration.ofMillis(100));
            return still;
        }, () -> "the table stops scrolling; top row " + table.getTopIndex());
    }

    private void waitUntilTargetRowShows() {
        flushEvents();
        spinUntil(() -> ("row " + TARGET).equals(table.getItem(TARGET).getText()), Duration.ofSeconds(5),
                () -> "row " + TARGET + " shows; it shows '" + table.getItem(TARGET).getText() + "'");
    }

    /** Whether the target row is (at least partly) on screen; computed, since reading a row's bounds loads it. */
    private void assertTargetRowOnScreen() {
        int top = table.getTopIndex();
        Rectangle area = table.getClientArea();
        int rowsOnScreen = (area.height + table.getItemHeight() - 1) / table.getItemHeight();
        assertTrue(top <= TARGET && TARGET < top + rowsOnScreen, "row " + TARGET + " is on screen: rows " + top
                + " to " + (top + rowsOnScreen - 1) + " are (" + area.height + " px, " + table.getItemHeight()
                + " px a row, header " + table.getHeaderHeight() + " px)");
    }

    /** A million rows "row 0" … "row 999999" that counts how it is read. Called from the table's background job. */
    private static final class CountingSource implements PageSource<String> {

        final List<Integer> offsets = new CopyOnWriteArrayList<>();
        final AtomicInteger counts = new AtomicInteger();

        @Override
        public int count() {
            counts.incrementAndGet();
            return ROWS;
        }

        @Override
        public List<String> page(int offset, int limit) {
            offsets.add(offset);
            return IntStream.range(offset, Math.min(offset + limit, ROWS)).mapToObj(i -> "row " + i).toList();
        }
    }
}
