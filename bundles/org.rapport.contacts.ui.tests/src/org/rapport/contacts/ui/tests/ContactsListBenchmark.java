package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.benchmarks.SyntheticPeople;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.ContactSort;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.ContactTopics;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.list.ContactsView;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.ui.table.PagedTable;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The contacts list over a million people, in the real workbench: prints how long the view takes from opening to its
 * first rows painted, to jump to arbitrary rows (p50, p95), to sort and to filter, the longest the UI thread was blocked
 * meanwhile (a {@link UiBlockProbe}: the longest a filter keystroke froze the window), and the heap it uses. Not a test of time (no
 * assertion on it): run by hand, as the comment in this module's pom says. The people are written once into the
 * benchmark's own workspace by {@link SyntheticPeople} (batched JDBC, the way the search benchmark writes them), so a
 * second run measures a workbench that did not just write them.
 */
class ContactsListBenchmark {

    static final String PEOPLE_PROPERTY = "rapport.bench.people";
    static final String OUTPUT_PROPERTY = "rapport.bench.output";
    /** The seed of the synthetic people: two runs write the same people. */
    private static final long SEED = 20261123;
    private static final String NOT_LOADED = "\u2026";
    /** Prefixes typed into the filter: many matches (a common family name), a few, by email, and none. */
    private static final List<String> PREFIXES = List.of("sch", "müller an", "ada.", "zz-nobody");
    private static final Duration KEY_INTERVAL = Duration.ofMillis(80);

    /** Jumps timed: enough for a 95th percentile that is not simply the slowest. */
    private static final int JUMPS = 40;

    private final StringBuilder report = new StringBuilder();
    private final List<Long> opens = new ArrayList<>();
    private UiBlockProbe probe;

    @Test
    void contactsListOverAMillionPeople() throws Exception {
        int wanted = Integer.getInteger(PEOPLE_PROPERTY, 1_000_000);
        ContactService contacts = TestPeople.service();
        TestPeople.waitForDemoData();
        int existing = contacts.count(ContactQuery.ALL);
        line("Contacts list benchmark, %s people wanted, %s in the workspace at start", n(wanted), n(existing));
        if (existing < wanted) {
            createPeople(wanted - existing);
        }
        int everyone = contacts.count(ContactQuery.ALL); // also opens the database before anything is timed
        IWorkbenchPage page = UiTestSupport.page();
        UiTestSupport.window().getWorkbench().showPerspective(ContactsUi.PERSPECTIVE_ID, UiTestSupport.window());
        hideList(page);

        serviceFloor(contacts, everyone);
        tableFloor(everyone);
        probe = UiBlockProbe.start(UiTestSupport.display());
        for (int run = 1; run <= 3; run++) {
            openAndMeasure(page, everyone, run);
        }
        line("open -> first rows painted: %s ms (three opens)", opens);
        ContactsListDriver list = ContactsListDriver.open();
        jumps(list.view.table(), everyone);
        sortAndFilter(list, everyone);
        heap("with the list open over " + n(everyone) + " people");
        Path shot = output().resolveSibling("contacts-list-" + everyone + ".png");
        Files.createDirectories(shot.getParent());
        UiTestSupport.flushEvents(); // the status line's last text painted
        ScreenshotOnFailure.save(UiTestSupport.display(), shot);
        line("screenshot: %s", shot);
        probe.close();
        write();
    }

    /** What the list's queries cost without any UI: the floor under the figures below. */
    private void serviceFloor(ContactService contacts, int everyone) {
        long start = System.nanoTime();
        long[] ids = contacts.ids(ContactQuery.ALL);
        long byName = System.nanoTime() - start;
        start = System.nanoTime();
        contacts.ids(new ContactQuery("", ContactSort.EMAIL, false));
        long byEmail = System.nanoTime() - start;
        start = System.nanoTime();
        contacts.page(ContactQuery.ALL, 0, 50);
        long firstPage = System.nanoTime() - start;
        Random random = new Random(7);
        List<Long> pages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int offset = random.nextInt(Math.max(1, ids.length - 50));
            start = System.nanoTime();
            contacts.rows(Arrays.copyOfRange(ids, offset, offset + 50));
            pages.add((System.nanoTime() - start) / 1_000_000);
        }
        line("service alone: ids of all %s people by name %d ms, by email %d ms (%s MB as long[]); first 50 rows by"
                + " OFFSET %d ms; 50 rows at random places by their ids %s ms", n(everyone), byName / 1_000_000,
                byEmail / 1_000_000, mb(ids.length * 8L), firstPage / 1_000_000, pages);
        for (String prefix : PREFIXES) {
            start = System.nanoTime();
            int matches = contacts.ids(ContactQuery.ALL.withPrefix(prefix)).length;
            line("service alone: ids of the %s people starting with '%s' %d ms", n(matches), prefix,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void openAndMeasure(IWorkbenchPage page, int everyone, int run) throws Exception {
        hideList(page);
        gc();
        long before = usedHeap();
        UiTestSupport.flushEvents();
        probe.reset();
        long start = System.nanoTime();
        page.showView(ContactsUi.LIST_VIEW_ID);
        long shown = System.nanoTime();
        ContactsView view = ContactsListDriver.created();
        Table table = view.table().getTable();
        long firstRows = until(() -> table.getItemCount() > 0 && !NOT_LOADED.equals(table.getItem(0).getText(0)), table);
        long allIds = until(() -> view.table().rowCount() == everyone, table);
        long blocked = probe.longestMillis();
        long[] milestones = view.milestones();
        gc();
        line("open #%d: first rows painted after %d ms (view made after %d ms, first rows in it after %d ms), all %s"
                + " rows scrollable after %d ms (ids on the UI thread after %d ms, then %d ms for the table to take"
                + " the row count); UI thread blocked at most %d ms (%d ms of it in showView); heap +%s MB", run,
                ms(start, firstRows), ms(start, milestones[0]), ms(start, milestones[1]), n(everyone), ms(start, allIds),
                ms(start, milestones[2]), ms(milestones[2], milestones[3]), blocked, ms(start, shown), mb(usedHeap() - before));
        opens.add(ms(start, firstRows));
    }

    /** What the SWT table alone costs for a million rows: the floor under a list of everyone, from the GTK side. */
    private void tableFloor(int everyone) {
        Shell shell = new Shell(UiTestSupport.window().getShell());
        try {
            shell.setLayout(new FillLayout());
            Table table = new Table(shell, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION);
            table.addListener(SWT.SetData, e -> ((TableItem) e.item).setText("row " + e.index));
            shell.setSize(600, 400);
            shell.open();
            long start = System.nanoTime();
            table.setItemCount(everyone);
            long counted = System.nanoTime();
            table.clearAll();
            long cleared = System.nanoTime();
            table.setTopIndex(everyone / 2);
            table.update();
            long jumped = System.nanoTime();
            table.removeAll();
            long removed = System.nanoTime();
            line("SWT table alone (virtual, %s rows): setItemCount %d ms, clearAll %d ms, jump to the middle %d ms,"
                    + " removeAll %d ms", n(everyone), ms(start, counted), ms(counted, cleared), ms(cleared, jumped),
                    ms(jumped, removed));
        } finally {
            shell.dispose();
        }
    }

    /** Jumps to rows all over the list (the last, the middle, random ones) and times each until its text shows. */
    private void jumps(PagedTable<PersonRow> table, int everyone) {
        Random random = new Random(42);
        int[] targets = new int[JUMPS];
        targets[0] = everyone - 1;
        targets[1] = everyone / 2;
        for (int i = 2; i < targets.length; i++) {
            targets[i] = random.nextInt(everyone);
        }
        List<Long> times = new ArrayList<>();
        UiTestSupport.flushEvents();
        probe.reset();
        for (int target : targets) {
            long start = System.nanoTime();
            table.setTopIndex(target);
            long shown = until(() -> table.itemAt(target) != null
                    && !NOT_LOADED.equals(table.itemAt(target).getText(0)), table.getTable());
            times.add((shown - start) / 1_000_000);
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        line("jump to row (%d rows incl. the last and the middle): p50 %d ms, p95 %d ms, max %d ms; UI thread blocked"
                + " at most %d ms; all %s", JUMPS, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1],
                probe.longestMillis(), times);
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void sortAndFilter(ContactsListDriver list, int everyone) {
        Table table = list.table();
        long start = System.nanoTime();
        UiTestSupport.flushEvents();
        probe.reset();
        list.clickHeader(ContactsListDriver.EMAIL);
        long sorted = until(() -> !list.view.isReading() && list.view.table().rowCount() == everyone
                && !NOT_LOADED.equals(table.getItem(0).getText(0)), table);
        line("sort by email: %d ms until the list shows the new order (its ids read %d ms after the click); UI thread"
                + " blocked at most %d ms", ms(start, sorted), ms(list.view.lastRead()[0], list.view.lastRead()[1]),
                probe.longestMillis());
        list.clickHeader(ContactsListDriver.NAME);
        until(() -> !list.view.isReading(), table);

        long worstBlock = 0;
        long gcBefore = gcMillis();
        for (String prefix : PREFIXES) {
            long cleared = clearFilter(list, everyone);
            worstBlock = Math.max(worstBlock, cleared);
            UiTestSupport.flushEvents();
            probe.reset();
            long lastKey = type(list, prefix);
            long done = until(() -> list.view.query().prefix().equals(prefix) && !list.view.isReading()
                    && (table.getItemCount() == 0 || !NOT_LOADED.equals(table.getItem(0).getText(0))), table);
            long blocked = probe.longestMillis();
            worstBlock = Math.max(worstBlock, blocked);
            long[] read = list.view.lastRead();
            line("filter '%s' typed a key every %d ms: %s matches shown %d ms after the last keystroke (%d ms debounce,"
                    + " then %d ms reading the ids, then painting); UI thread blocked at most %d ms (%d ms of it in the"
                    + " list taking the matches)", prefix, KEY_INTERVAL.toMillis(), n(list.view.table().rowCount()),
                    ms(lastKey, done), ms(lastKey, read[0]), ms(read[0], read[1]), blocked, read[2] / 1_000_000);
        }
        worstBlock = Math.max(worstBlock, clearFilter(list, everyone));
        line("filter keystrokes: the UI thread was blocked at most %d ms (typing, showing the matches, and clearing the"
                + " filter back to all %s people; garbage collection paused every thread %d ms in all meanwhile)",
                worstBlock, n(everyone), gcMillis() - gcBefore);
    }

    /** Empties the filter (one keystroke: the list goes back to everyone); returns the longest UI block meanwhile. */
    private long clearFilter(ContactsListDriver list, int everyone) {
        if (list.view.filter().getText().isEmpty()) {
            return 0;
        }
        UiTestSupport.flushEvents();
        probe.reset();
        list.view.filter().setText("");
        until(() -> list.view.query().prefix().isEmpty() && !list.view.isReading()
                && list.view.table().rowCount() == everyone, list.table());
        long blocked = probe.longestMillis();
        line("filter cleared: all %s people back; UI thread blocked at most %d ms (%d ms of it in the list taking them)",
                n(everyone), blocked, list.view.lastRead()[2] / 1_000_000);
        return blocked;
    }

    /** Types the prefix into the filter box a key at a time, as a quick typist does; returns when the last key was. */
    private static long type(ContactsListDriver list, String prefix) {
        long lastKey = 0;
        for (int i = 1; i <= prefix.length(); i++) {
            list.view.filter().setText(prefix.substring(0, i));
            lastKey = System.nanoTime();
            if (i < prefix.length()) {
                UiTestSupport.spinFor(KEY_INTERVAL);
            }
        }
        return lastKey;
    }

    /**
     * Writes people the fastest way there is: {@link SyntheticPeople}, batched JDBC into the workspace's database
     * (names, emails, organizations, cities, tags, social profiles drawn with a fixed seed), then, through exported API
     * only, the search index rebuilt and one bulk change posted on EventAdmin, as an import tells the rest of Rapport.
     */
    private void createPeople(int count) {
        BundleContext context = FrameworkUtil.getBundle(ContactsListBenchmark.class).getBundleContext();
        ContactService contacts = context.getService(context.getServiceReference(ContactService.class));
        ContactSearch search = context.getService(context.getServiceReference(ContactSearch.class));
        EventAdmin eventAdmin = context.getService(context.getServiceReference(EventAdmin.class));
        DatabaseAdmin database = context.getService(context.getServiceReference(DatabaseAdmin.class));
        contacts.count(ContactQuery.ALL); // opens the contacts unit, so its tables exist before the JDBC writes
        long start = System.nanoTime();
        Job writer = Job.create("Writing " + n(count) + " synthetic people", monitor -> {
            new SyntheticPeople(SEED).insert(database.info(), count, monitor);
        });
        writer.schedule();
        UiTestSupport.spinUntil(() -> writer.getResult() != null, Duration.ofHours(1), () -> "the people are written");
        assertTrue(writer.getResult().isOK(), () -> "writing the people: " + writer.getResult());
        search.rebuild();
        eventAdmin.postEvent(new Event(ContactTopics.CHANGED, Map.of()));
        double seconds = (System.nanoTime() - start) / 1e9;
        line("wrote %s people in %.1f s (%s a second) with SyntheticPeople (batched JDBC)", n(count), seconds,
                n((int) (count / seconds)));
    }

    /** Closes the list once it has finished what it was reading, so the next open starts from nothing. */
    private static void hideList(IWorkbenchPage page) {
        IViewPart view = page.findView(ContactsUi.LIST_VIEW_ID);
        if (view != null) {
            ContactsView shown = ContactsListDriver.created();
            UiTestSupport.spinUntil(() -> shown == null || !shown.isReading(), Duration.ofMinutes(2),
                    () -> "the list finished reading");
            page.hideView(view);
            UiTestSupport.flushEvents();
        }
    }

    /** Spins until the condition holds and the table has painted; returns the time then. */
    private static long until(BooleanSupplier condition, Table table) {
        UiTestSupport.spinUntil(condition, Duration.ofMinutes(2), () -> "the list got there");
        table.update();
        return System.nanoTime();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private void heap(String when) {
        gc();
        long max = Runtime.getRuntime().maxMemory();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        line("heap %s: %s MB used after GC, %s MB at most since start (sum of the heap pools' peaks) of -Xmx %s MB;"
                + " JVM heap arguments %s", when, mb(usedHeap()), mb(peak), mb(max),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xm")).toList());
    }

    /** Time spent collecting garbage since the JVM started (ms); stop-the-world pauses freeze the UI thread too. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
                .sum();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[bench] " + text);
        report.append(text).append('\n');
    }

    private void write() throws IOException {
        Path file = output();
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println("[bench] figures written to " + file);
        assertTrue(Files.size(file) > 0);
    }

    private static Path output() {
        return Path.of(System.getProperty(OUTPUT_PROPERTY, "target/bench/contacts-list.txt"));
    }

    private static long ms(long start, long end) {
        return (end - start) / 1_000_000;
    }

    private static String mb(long bytes) {
        return Long.toString(bytes / (1024 * 1024));
    }

    private static String n(long number) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
    }
}
