package org.rapport.ui.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.ui.jobs.LatestRequest;

/**
 * A table that shows a {@link PageSource} of any size, a million rows as fluidly as ten. The UI thread only paints:
 * the row count and every page are read by a background job (a {@link LatestRequest}: rows of a source shown before
 * are dropped), and a row that is not loaded yet shows "…" until its page arrives. The page the user jumped to last is
 * loaded first; at most {@value #CACHED_PAGES} pages are kept in memory.
 * <p>
 * The SWT table holds at most a few thousand rows at a time (GTK adds and removes the rows of a virtual table one by
 * one: a million of them froze the UI for seconds), with a slider beside it over the whole list when the list is
 * longer. So the table's item indices are not row numbers: use {@link #rowCount()}, {@link #topIndex()},
 * {@link #setTopIndex(int)}, {@link #selectionIndices()}, {@link #setSelection(int...)} and {@link #itemAt(int)}, which
 * count rows of the list, and lay out {@link #getControl()}, not the table.
 *
 * @param <T> the row type
 */
public final class PagedTable<T> {

    /** Rows read per page unless the table is made with another page size. */
    public static final int PAGE_SIZE = 200;
    static final int CACHED_PAGES = 50;
    private static final String LOADING = "\u2026";

    private final TableWindow window;
    private final Table table;
    private final List<Column<T>> columns;
    private final int pageSize;
    private final Object lock = new Object();
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Deque<Integer> wanted = new ArrayDeque<>();
    private final Set<Integer> queued = new HashSet<>();
    private final LatestRequest<Void> loader;
    private PageSource<T> source;
    private boolean countWanted;
    private Consumer<Exception> errorHandler = e -> { };
    private Runnable countListener = () -> { };

    /**
     * Creates the table, reading {@value #PAGE_SIZE} rows a page.
     *
     * @param style extra SWT style bits, e.g. {@code SWT.MULTI | SWT.FULL_SELECTION}; {@code SWT.VIRTUAL} is added
     */
    public PagedTable(Composite parent, int style, List<Column<T>> columns) {
        this(parent, style, columns, PAGE_SIZE);
    }

    /**
     * Creates the table.
     *
     * @param style    extra SWT style bits, e.g. {@code SWT.MULTI | SWT.FULL_SELECTION}; {@code SWT.VIRTUAL} is added
     * @param pageSize rows read at a time: one or two screens' worth keeps a jump to a far row to one small read when
     *                 every row costs a lookup (rows read by their ids), more suits sources that read a range cheaply
     */
    public PagedTable(Composite parent, int style, List<Column<T>> columns, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one row, not " + pageSize);
        }
        this.pageSize = pageSize;
        this.columns = List.copyOf(columns);
        window = new TableWindow(parent, style);
        table = window.table();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column<T> column : this.columns) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column.title());
            c.setWidth(column.width());
        }
        table.addListener(SWT.SetData, this::fill);
        loader = LatestRequest.<Void> named("Loading rows").on(table).onError(e -> errorHandler.accept(e))
                .reads(this::load);
    }

    /** Rows read at a time. */
    public int pageSize() {
        return pageSize;
    }

    /** The control to lay out: the table, and the slider beside it when the list is long. */
    public Control getControl() {
        return window.frame();
    }

    /**
     * The SWT table, for listeners, menus and sort indicators. Its items show a window of the list: count rows with
     * this class's methods, not with the table's indices.
     */
    public Table getTable() {
        return table;
    }

    /** Reports load failures to the view (they are logged in any case). Called on the UI thread. */
    public void setErrorHandler(Consumer<Exception> handler) {
        this.errorHandler = handler;
    }

    /** Called on the UI thread each time the row count is known. */
    public void setCountListener(Runnable listener) {
        this.countListener = listener;
    }

    /** Shows another source (or the same one again, re-read); the row count is read in the background. */
    public void setSource(PageSource<T> newSource) {
        synchronized (lock) {
            source = newSource;
            pages.clear();
            wanted.clear();
            queued.clear();
            countWanted = true;
        }
        window.setRowCount(0, false);
        loader.request(null);
    }

    /**
     * Shows a source whose size the caller has just read in its own job, for example the ordered ids of a query: the
     * row count takes effect at once (no second count), and the scroll position and the selected rows stay, so a list
     * refreshed after a change, or told its full size after a first page, does not jump back to the top. The rows are
     * re-read as they are painted, except those of {@code firstPage}, the first page's rows when the caller already has
     * them (else {@code null}).
     */
    public void setSource(PageSource<T> newSource, int rowCount, List<T> firstPage) {
        synchronized (lock) {
            source = newSource;
            pages.clear();
            wanted.clear();
            queued.clear();
            countWanted = false;
            if (firstPage != null && !firstPage.isEmpty()) {
                pages.put(0, List.copyOf(firstPage));
            }
        }
        loader.request(null); // rows on their way from the previous source are dropped
        window.setRowCount(rowCount, true);
        countListener.run();
    }

    /** Re-reads the current source, for example after the data changed. */
    public void refresh() {
        PageSource<T> current;
        synchronized (lock) {
            current = source;
        }
        if (current != null) {
            setSource(current);
        }
    }

    /** How many rows the list has (as far as known: 0 while the count is read). */
    public int rowCount() {
        return window.rowCount();
    }

    /** The row at the top of the table. */
    public int topIndex() {
        return window.topIndex();
    }

    /** Scrolls so that {@code row} is at the top, as far as the list goes. */
    public void setTopIndex(int row) {
        window.setTopIndex(row);
    }

    /** Scrolls as little as needed for {@code row} to be on the screen. */
    public void showRow(int row) {
        window.showRow(row);
    }

    /** The selected rows, in order. */
    public int[] selectionIndices() {
        return window.selectionIndices();
    }

    /** How many rows are selected. */
    public int selectionCount() {
        return window.selectionCount();
    }

    /** Selects these rows and no others; the table does not scroll. */
    public void setSelection(int... rows) {
        window.setSelection(rows);
    }

    /** Selects nothing. */
    public void deselectAll() {
        window.deselectAll();
    }

    /**
     * The table item that shows a row, or {@code null} when the row is not in the table's window (scroll to it with
     * {@link #setTopIndex(int)} first). Reading its text loads the row if it is not loaded yet.
     */
    public TableItem itemAt(int row) {
        int item = window.itemOf(row);
        return item < 0 ? null : table.getItem(item);
    }

    /** The row at an index if its page is loaded, else {@code null}. */
    public T rowAt(int index) {
        synchronized (lock) {
            List<T> page = pages.get(index / pageSize);
            int offset = index % pageSize;
            return page == null || offset >= page.size() ? null : page.get(offset);
        }
    }

    /** The loaded rows among the selected ones, in table order. */
    public List<T> selectedRows() {
        List<T> rows = new ArrayList<>();
        for (int index : selectionIndices()) {
            T row = rowAt(index);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private void fill(Event event) {
        if (event.index < 0) {
            return; // GTK asks for the rows it is removing (Table.removeAll) after SWT forgot their items
        }
        TableItem item = (TableItem) event.item;
        int index = window.base() + event.index;
        T row = rowAt(index);
        if (row == null) {
            item.setText(0, LOADING);
            want(index / pageSize);
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            String text = columns.get(c).text().apply(row);
            item.setText(c, text == null ? "" : text);
        }
        item.setData(row);
    }

    private void want(int page) {
        synchronized (lock) {
            if (queued.add(page)) {
                wanted.addFirst(page); // the page scrolled to last comes first
            }
        }
        loader.wake();
    }

    /** Reads the count (when wanted) and the pages wanted, until none is left or another source is shown. */
    private void load(Void none, LatestRequest.Reply reply, IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            PageSource<T> current;
            Integer page = null;
            boolean count;
            synchronized (lock) {
                // checked under the lock the pages are queued under: a page wanted for a newer source is not taken
                if (!reply.isCurrent()) {
                    return;
                }
                current = source;
                count = countWanted;
                countWanted = false;
                if (!count) {
                    page = wanted.pollFirst();
                }
            }
            if (current == null || (!count && page == null)) {
                return;
            }
            try {
                if (count) {
                    int rows = current.count();
                    reply.show(() -> showCount(rows));
                } else {
                    List<T> rows = List.copyOf(current.page(page * pageSize, pageSize));
                    int p = page;
                    reply.show(() -> install(p, rows));
                }
            } catch (Exception e) {
                ILog.of(PagedTable.class).warn("Could not load rows", e);
                reply.show(() -> errorHandler.accept(e));
            }
        }
    }

    private void showCount(int rows) {
        window.setRowCount(rows, false);
        countListener.run();
    }

    private void install(int page, List<T> rows) {
        synchronized (lock) {
            pages.put(page, rows);
            queued.remove(page);
        }
        int first = Math.max(page * pageSize, window.base());
        int last = Math.min(page * pageSize + rows.size(), window.base() + table.getItemCount()) - 1;
        if (last >= first) {
            table.clear(first - window.base(), last - window.base());
        }
    }
}
