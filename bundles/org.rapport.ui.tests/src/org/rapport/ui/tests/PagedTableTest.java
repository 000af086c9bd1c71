package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Slider;
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
 * A PagedTable over a million rows: the row count shows at once, the rows the user scrolls to appear within seconds
 * while only the pages that were on screen are read from the source, the SWT table holds only a window of the rows
 * (GTK froze for seconds adding a million), and the selection stays while the user scrolls far away and back.
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
    private PagedTable<String> paged;
    private Table table;

    @BeforeEach
    void openTableOverAMillionRows() {
        shell = new Shell(UiTestSupport.window().getShell());
        shell.setText("PagedTable test");
        shell.setLayout(new FillLayout());
        shell.setSize(600, 500);
        paged = new PagedTable<>(shell, SWT.MULTI, List.of(new Column<String>("Row", 300, row -> row)));
        table = paged.getTable();
        shell.open();
        paged.setSource(source);
        spinUntil(() -> paged.rowCount() == ROWS,
                () -> "the table shows " + ROWS + " rows, it shows " + paged.rowCount());
        spinUntil(() -> "row 0".equals(textAt(0)), () -> "row 0 shows; it shows '" + textAt(0) + "'");
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
        assertEquals(ROWS, paged.rowCount(), "rows");
        assertTrue(table.getItemCount() <= ROWS / 100, "the SWT table holds a window of the rows, not a million: "
                + table.getItemCount());
        assertEquals(1, source.counts.get(), "the row count is read once");
        assertTrue(source.offsets.contains(0), "the first page was read: " + source.offsets);
        assertTrue(source.offsets.size() <= A_HANDFUL, "pages read for the first screen: " + source.offsets);
    }

    @Test
    void draggingTheScrollbarToTheEndShowsTheLastRowsReadingOnlyTheirPage() {
        Slider bar = slider();
        assertTrue(bar.isVisible(), "a slider scrolls through the million rows");
        bar.setSelection(bar.getMaximum()); // the thumb dropped at the bottom: no rows are scrolled past
        bar.notifyListeners(SWT.Selection, new Event());
        waitUntilTargetRowShows();
        // GTK scrolls the table to the window's end asynchronously (a loaded CI machine saw it still at the top)
        spinUntil(this::targetRowOnScreen, Duration.ofSeconds(5), () -> "the table scrolls to row " + TARGET);

        assertTargetRowOnScreen();
        assertTrue(source.offsets.contains(TARGET_PAGE_OFFSET), "the last page was read: " + source.offsets);
        assertTrue(source.offsets.size() <= A_HANDFUL, "pages read: " + source.offsets);
    }

    @Test
    void jumpingToARowNearTheEndShowsItAndReadsOnlyPagesScrolledPast() {
        paged.setTopIndex(TARGET); // GTK animates this scroll, so the rows in between are painted for a moment
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

    @Test
    void rowsSelectedStaySelectedWhileTheUserScrollsFarAwayAndBack() {
        paged.setSelection(3, 5);
        paged.setTopIndex(TARGET);
        waitUntilTargetRowShows();
        assertArrayEquals(new int[] { 3, 5 }, paged.selectionIndices(), "selected while far away");
        assertEquals(2, paged.selectionCount());

        paged.setTopIndex(0);
        spinUntil(() -> "row 3".equals(textAt(3)), () -> "row 3 shows; it shows '" + textAt(3) + "'");
        assertArrayEquals(new int[] { 3, 5 }, paged.selectionIndices(), "selected when back");
        assertArrayEquals(new int[] { 3, 5 }, table.getSelectionIndices(), "and painted as selected");
    }

    @Test
    void endAndHomeGoToTheEndsOfTheListNotOfTheRowsTheTableHolds() {
        press(SWT.END);
        spinUntil(() -> ("row " + (ROWS - 1)).equals(textAt(ROWS - 1)), () -> "the last row shows; it shows '"
                + textAt(ROWS - 1) + "'");
        assertArrayEquals(new int[] { ROWS - 1 }, paged.selectionIndices(), "End selects the last row");

        press(SWT.HOME);
        spinUntil(() -> "row 0".equals(textAt(0)), () -> "the first row shows; it shows '" + textAt(0) + "'");
        assertEquals(0, paged.topIndex(), "Home scrolls to the top");
        assertArrayEquals(new int[] { 0 }, paged.selectionIndices(), "Home selects the first row");
    }

    private void press(int key) {
        Event event = new Event();
        event.keyCode = key;
        table.setFocus();
        table.notifyListeners(SWT.KeyDown, event);
        flushEvents();
    }

    /** The slider beside the table. */
    private Slider slider() {
        return (Slider) List.of(((Composite) paged.getControl()).getChildren()).stream()
                .filter(Slider.class::isInstance).findFirst().orElseThrow();
    }

    /** The text of a row, or {@code null} when it is not in the table's window. */
    private String textAt(int row) {
        TableItem item = paged.itemAt(row);
        return item == null ? null : item.getText();
    }

    /** Waits until the top row stays the same for a moment (reading the rows' text would load them early). */
    private void waitUntilScrollingStops() {
        int[] lastTop = { -1 };
        spinUntil(() -> {
            int top = paged.topIndex();
            boolean still = top == lastTop[0];
            lastTop[0] = top;
            spinFor(Duration.ofMillis(100));
            return still;
        }, () -> "the table stops scrolling; top row " + paged.topIndex());
    }

    private void waitUntilTargetRowShows() {
        flushEvents();
        spinUntil(() -> ("row " + TARGET).equals(textAt(TARGET)), Duration.ofSeconds(5),
                () -> "row " + TARGET + " shows; it shows '" + textAt(TARGET) + "'");
    }

    private boolean targetRowOnScreen() {
        int top = paged.topIndex();
        Rectangle area = table.getClientArea();
        int rowsOnScreen = (area.height + table.getItemHeight() - 1) / table.getItemHeight();
        return top <= TARGET && TARGET < top + rowsOnScreen;
    }

    /** Whether the target row is (at least partly) on screen; computed, since reading a row's bounds loads it. */
    private void assertTargetRowOnScreen() {
        int top = paged.topIndex();
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
