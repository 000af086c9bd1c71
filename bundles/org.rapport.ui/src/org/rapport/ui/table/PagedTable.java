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
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * An {@code SWT.VIRTUAL} table that shows a {@link PageSource} of any size. The UI thread only paints: the row count
 * and every page are read by a background job, and a row that is not loaded yet shows "…" until its page arrives.
 * The page the user jumped to last is loaded first; at most {@value #CACHED_PAGES} pages are kept in memory.
 *
 * @param <T> the row type
 */
public final class PagedTable<T> {

    /** Rows read per page unless the table is made with another page size. */
    public static final int PAGE_SIZE = 200;
    static final int CACHED_PAGES = 50;
    private static final String LOADING = "\u2026";

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
    private final Job loader;
    private PageSource<T> source;
    private int generation;
    private boolean countWanted;
    private Consumer<Exception> errorHandler = e -> ILog.of(PagedTable.class).error("Could not load rows", e);
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
        table = new Table(parent, style | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Column<T> column : this.columns) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column.title());
            c.setWidth(column.width());
        }
        table.addListener(SWT.SetData, this::fill);
        loader = Job.create("Loading rows", this::load);
        loader.setSystem(true);
        loader.setPriority(Job.INTERACTIVE); // the user is looking at the rows it reads
        table.addDisposeListener(e -> loader.cancel());
    }

    /** Rows read at a time. */
    public int pageSize() {
        return pageSize;
    }

    /** The SWT table, for layout data, listeners and menus. */
    public Table getTable() {
        return table;
    }

    /** Reports load failures to the view (the default logs them). Called on the UI thread. */
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
            generation++;
            pages.clear();
            wanted.clear();
            queued.clear();
            countWanted = true;
        }
        table.clearAll();
        table.setItemCount(0);
        loader.schedule();
    }

    /**
     * Shows a source whose size the caller has just read in its own job, for example the ordered ids of a query: the
     * row count takes effect at once (no second count), and the scroll position and the selected indices stay, so a
     * list refreshed after a change, or told its full size after a first page, does not jump back to the top. The rows
     * are re-read as they are painted, except those of {@code firstPage}, the first page's rows when the caller
     * already has them (else {@code null}).
     */
    public void setSource(PageSource<T> newSource, int rowCount, List<T> firstPage) {
        synchronized (lock) {
            source = newSource;
            generation++;
            pages.clear();
            wanted.clear();
            queued.clear();
            countWanted = false;
            if (firstPage != null && !firstPage.isEmpty()) {
                pages.put(0, List.copyOf(firstPage));
            }
        }
        int top = table.getTopIndex();
        if (rowCount < table.getItemCount()) {
            // GTK removes the rows beyond the new count one at a time, which with SWT.MULTI took minutes for a list
            // going from a million people to a filtered few thousand; emptying the table first is one call.
            table.removeAll();
        }
        table.setItemCount(rowCount);
        table.clearAll();
        if (rowCount > 0 && top > 0) {
            table.setTopIndex(Math.min(top, rowCount - 1));
        }
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
        for (int index : table.getSelectionIndices()) {
            T row = rowAt(index);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private void fill(Event event) {
        TableItem item = (TableItem) event.item;
        int index = event.index;
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
        loader.schedule();
    }

    private IStatus load(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            PageSource<T> current;
            int gen;
            Integer page = null;
            boolean count;
            synchronized (lock) {
                current = source;
                gen = generation;
                count = countWanted;
                countWanted = false;
                if (!count) {
                    page = wanted.pollFirst();
                }
            }
            if (current == null || (!count && page == null)) {
                return Status.OK_STATUS;
            }
            try {
                if (count) {
                    int rows = current.count();
                    ui(() -> showCount(gen, rows));
                } else {
                    List<T> rows = List.copyOf(current.page(page * pageSize, pageSize));
                    int p = page;
                    ui(() -> install(gen, p, rows));
                }
            } catch (Exception e) {
                ui(() -> errorHandler.accept(e));
            }
        }
        return Status.CANCEL_STATUS;
    }

    private void ui(Runnable runnable) {
        if (!table.isDisposed()) {
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void showCount(int gen, int rows) {
        if (gen == currentGeneration()) {
            table.setItemCount(rows);
            countListener.run();
        }
    }

    private void install(int gen, int page, List<T> rows) {
        synchronized (lock) {
            if (gen != generation) {
                return;
            }
            pages.put(page, rows);
            queued.remove(page);
        }
        int first = page * pageSize;
        int last = Math.min(first + rows.size(), table.getItemCount()) - 1;
        if (last >= first) {
            table.clear(first, last);
        }
    }

    private int currentGeneration() {
        synchronized (lock) {
            return generation;
        }
    }
}
