package org.rapport.ui.table;

import java.util.Arrays;
import java.util.BitSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;

/**
 * The SWT side of a {@link PagedTable}: a virtual table that holds at most {@value #WINDOW} rows of a list of any
 * length, and a slider beside it that scrolls through the whole list.
 * <p>
 * Why: GTK keeps a row in its list store for each item of a virtual table, added and removed one at a time, so
 * {@code Table.setItemCount(1_000_000)} (or removing a million rows) froze the UI thread for seconds. Here the table
 * holds a window of rows starting at row {@link #base()}; wheel, arrow keys and page keys scroll the table natively
 * inside the window, and the window moves (its rows re-read, a few thousand {@code clear}s) when the top gets near one of
 * its ends or the slider is dragged elsewhere. Lists of up to {@value #WINDOW} rows are shown as a plain virtual table,
 * with its own scroll bar and no slider.
 * <p>
 * Rows are numbered in the list ("rows"), items in the table ("items"): {@code row = base + item}. The selection of
 * rows outside the window is kept here and selected again when the window comes back to them.
 */
final class TableWindow {

    /** The most items the SWT table holds: a few milliseconds for GTK to add or remove, enough to scroll natively. */
    static final int WINDOW = 2_000;
    /** The window moves when the top row comes this close to one of its ends. */
    static final int MARGIN = WINDOW / 4;

    private final Composite frame;
    private final Table table;
    private final Slider slider;
    /** Selected rows outside the window (never one inside it). */
    private final BitSet offWindow = new BitSet();
    private int rowCount;
    private int base;
    private int inputMask;
    private boolean moving;
    /** The item a programmatic scroll goes to while GTK animates it (-1: none): its steps are not the user's. */
    private int scrollingTo = -1;

    TableWindow(Composite parent, int style) {
        frame = new Composite(parent, SWT.NONE);
        table = new Table(frame, style | SWT.VIRTUAL);
        slider = new Slider(frame, SWT.VERTICAL);
        slider.setVisible(false);
        frame.setLayout(new FrameLayout());
        table.getVerticalBar().addListener(SWT.Selection, e -> tableScrolled());
        slider.addListener(SWT.Selection, e -> setTopIndex(slider.getSelection()));
        table.addListener(SWT.MouseDown, e -> {
            inputMask = e.stateMask;
            scrollingTo = -1;
        });
        table.addListener(SWT.KeyDown, this::keyDown);
        // first among the table's selection listeners, so the views' listeners read the selection as it is now
        table.addListener(SWT.Selection, e -> {
            if ((inputMask & (SWT.MOD1 | SWT.MOD2)) == 0) {
                offWindow.clear(); // a plain click or arrow key selects only what it selects in the window
            }
        });
        table.addListener(SWT.Resize, e -> updateSlider());
        table.addListener(SWT.MouseVerticalWheel, this::wheel);
    }

    Composite frame() {
        return frame;
    }

    Table table() {
        return table;
    }

    Slider slider() {
        return slider;
    }

    int rowCount() {
        return rowCount;
    }

    /** The row shown by the table's first item. */
    int base() {
        return base;
    }

    boolean isWindowed() {
        return rowCount > WINDOW;
    }

    /** The item that shows a row, or -1 when the row is outside the window. */
    int itemOf(int row) {
        int item = row - base;
        return item >= 0 && item < table.getItemCount() ? item : -1;
    }

    /**
     * Shows a list of {@code count} rows.
     *
     * @param keepPlace whether the top row and the selected rows stay (a list re-read or re-ordered), or the list
     *                  starts empty at its top
     */
    void setRowCount(int count, boolean keepPlace) {
        int top = keepPlace ? topIndex() : 0;
        int[] selected = keepPlace ? selectionIndices() : new int[0];
        int items = Math.min(count, WINDOW);
        if (items < table.getItemCount()) {
            // GTK removes rows one at a time, with SWT.MULTI each removal costing as much as the rows left; emptying
            // the table first is one call
            table.removeAll();
        }
        rowCount = count;
        base = count > WINDOW ? clamp(top - WINDOW / 2, 0, count - WINDOW) : 0;
        offWindow.clear();
        table.setItemCount(items);
        table.clearAll();
        updateSlider();
        if (!keepPlace) {
            table.deselectAll();
        } else {
            setSelection(Arrays.stream(selected).filter(row -> row < count).toArray());
            if (count > 0) {
                setTopIndex(Math.min(top, count - 1));
            }
        }
    }

    /** The row at the top of the table. */
    int topIndex() {
        return base + table.getTopIndex();
    }

    /** Scrolls so that {@code row} is at the top (as far as the list goes), moving the window if needed. */
    void setTopIndex(int row) {
        if (rowCount == 0) {
            return;
        }
        int target = clamp(row, 0, rowCount - 1);
        moving = true;
        try {
            if (isWindowed() && (target - base < MARGIN && base > 0
                    || target - base + visibleRows() > WINDOW - MARGIN && base + WINDOW < rowCount)) {
                moveWindow(target);
            }
            scrollTable(target - base);
        } finally {
            moving = false;
        }
        slider.setSelection(topIndex());
    }

    /**
     * Puts an item at the top. {@code Table.setTopIndex} makes GTK animate the scroll, and the rows passed on the way
     * would be painted and read, and seen here as the user scrolling near an end; setting the table's scroll bar is
     * immediate. That needs the bar to know the rows already, so when it does not yet, the animation is waited out.
     */
    private void scrollTable(int item) {
        ScrollBar bar = table.getVerticalBar();
        int pixel = item * table.getItemHeight();
        if (bar != null && pixel <= bar.getMaximum() - bar.getThumb()) {
            bar.setSelection(pixel);
            if (table.getTopIndex() == item) {
                scrollingTo = -1;
                return;
            }
        }
        scrollingTo = Math.max(0, Math.min(item, table.getItemCount() - visibleRows()));
        table.setTopIndex(item);
    }

    /** Scrolls as little as needed for {@code row} to be on the screen. */
    void showRow(int row) {
        int top = topIndex();
        int visible = visibleRows();
        if (row < top) {
            setTopIndex(row);
        } else if (row >= top + visible) {
            setTopIndex(row - visible + 1);
        }
    }

    /** The selected rows, in order. */
    int[] selectionIndices() {
        if (offWindow.isEmpty()) {
            int[] items = table.getSelectionIndices();
            Arrays.sort(items);
            for (int i = 0; i < items.length; i++) {
                items[i] += base;
            }
            return items;
        }
        BitSet all = (BitSet) offWindow.clone();
        for (int item : table.getSelectionIndices()) {
            all.set(base + item);
        }
        return all.stream().toArray();
    }

    int selectionCount() {
        return offWindow.cardinality() + table.getSelectionCount();
    }

    /** Selects these rows only (wherever they are; the table does not scroll). */
    void setSelection(int... rows) {
        table.deselectAll();
        offWindow.clear();
        int[] items = new int[rows.length];
        int inside = 0;
        for (int row : rows) {
            int item = itemOf(row);
            if (item >= 0) {
                items[inside++] = item;
            } else if (row >= 0 && row < rowCount) {
                offWindow.set(row);
            }
        }
        table.select(Arrays.copyOf(items, inside));
    }

    void deselectAll() {
        table.deselectAll();
        offWindow.clear();
    }

    /** Rows that fit on the screen. */
    int visibleRows() {
        Rectangle area = table.getClientArea();
        return Math.max(1, area.height / Math.max(1, table.getItemHeight()));
    }

    /** The table scrolled itself (wheel, keys, a selection made visible): moves the window near its ends. */
    private void tableScrolled() {
        if (moving) {
            return;
        }
        int top = table.getTopIndex();
        if (scrollingTo >= 0 && Math.abs(top - scrollingTo) > 1) {
            slider.setSelection(base + top);
            return; // a step of an animated scroll to where the window was just put
        }
        scrollingTo = -1;
        if (isWindowed() && (top < MARGIN && base > 0
                || top + visibleRows() > WINDOW - MARGIN && base + WINDOW < rowCount)) {
            setTopIndex(base + top);
        } else {
            slider.setSelection(base + top);
        }
    }

    /** Moves the window so that it is centred on {@code row}, keeping the selection. */
    private void moveWindow(int row) {
        int newBase = clamp(row - WINDOW / 2, 0, rowCount - WINDOW);
        if (newBase == base) {
            return;
        }
        for (int item : table.getSelectionIndices()) {
            offWindow.set(base + item);
        }
        base = newBase;
        table.deselectAll();
        table.clearAll();
        int end = base + table.getItemCount();
        int[] items = offWindow.get(base, end).stream().toArray();
        offWindow.clear(base, end);
        table.select(items);
    }

    /**
     * Home and End go to the ends of the list, not of the window; Ctrl+A selects every row. Without a window the table
     * does all this itself.
     */
    private void keyDown(Event e) {
        inputMask = e.stateMask;
        scrollingTo = -1;
        if (!isWindowed()) {
            return;
        }
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.character == 1) && (table.getStyle() & SWT.MULTI) != 0) {
            offWindow.set(0, rowCount);
            offWindow.clear(base, base + table.getItemCount());
        } else if (e.keyCode == SWT.HOME || e.keyCode == SWT.END) {
            e.doit = false;
            int row = e.keyCode == SWT.HOME ? 0 : rowCount - 1;
            setTopIndex(e.keyCode == SWT.HOME ? 0 : rowCount - visibleRows());
            inputMask = 0;
            setSelection(row);
            Event selection = new Event();
            selection.item = table.getItem(itemOf(row));
            table.notifyListeners(SWT.Selection, selection);
        }
    }

    /** The wheel scrolls the list, not only the window; done here, the same way whatever the native bar's policy. */
    private void wheel(Event e) {
        if (isWindowed() && e.count != 0) {
            e.doit = false;
            setTopIndex(topIndex() - e.count);
        }
    }

    private void updateSlider() {
        boolean show = isWindowed();
        if (show) {
            int visible = Math.min(visibleRows(), rowCount);
            slider.setValues(topIndex(), 0, rowCount, visible, 1, Math.max(1, visible - 1));
        }
        if (slider.getVisible() != show) {
            slider.setVisible(show);
            // the table's own bar would scroll only the window; hidden, the table still scrolls inside it
            table.getVerticalBar().setVisible(!show);
            frame.layout(true);
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The table, and the slider at its right beside the rows (below the header) when the list is windowed. */
    private final class FrameLayout extends Layout {

        @Override
        protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
            Point size = table.computeSize(wHint, hHint, flushCache);
            if (slider.getVisible()) {
                size.x += slider.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
            }
            return size;
        }

        @Override
        protected void layout(Composite composite, boolean flushCache) {
            Rectangle area = composite.getClientArea();
            int sliderWidth = slider.getVisible() ? slider.computeSize(SWT.DEFAULT, SWT.DEFAULT).x : 0;
            table.setBounds(area.x, area.y, area.width - sliderWidth, area.height);
            if (sliderWidth > 0) {
                int header = table.getHeaderVisible() ? table.getHeaderHeight() : 0;
                slider.setBounds(area.x + area.width - sliderWidth, area.y + header, sliderWidth,
                        Math.max(0, area.height - header));
            }
        }
    }
}
