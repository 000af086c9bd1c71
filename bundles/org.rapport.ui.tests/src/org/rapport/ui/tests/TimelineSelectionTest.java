package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.page;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.rapport.core.PersonRef;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.TimelineWidgets;

/**
 * The Timeline follows the person picked in another view: the entries of every timeline contributor (OSGi services),
 * newest first, and a header that names the person and any source that could not be read.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineSelectionTest {

    private static final String SOURCE_BUNDLE = "org.rapport.ui.tests";

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        registrations.forEach(ServiceRegistration::unregister);
        IWorkbenchPage page = page();
        IViewPart picker = page.findView(PersonPickerView.ID);
        if (picker != null) {
            page.hideView(picker);
        }
    }

    @Test
    void showsThePickedPersonsEntriesNewestFirst() throws Exception {
        PersonRef ada = new PersonRef(42, "Ada Lovelace");
        register(new FixedContributor("CRM (test)", ada.id(),
                entry("2024-01-10T09:00:00Z", "call", "Called about the analytical engine"),
                entry("2025-06-01T14:30:00Z", "deal-won", "Won the difference engine deal"),
                entry("2023-03-05T08:15:00Z", "created", "Met at Babbage's salon")));

        TimelineWidgets timeline = pickAndWait(ada);

        assertEquals(List.of("Won the difference engine deal", "Called about the analytical engine",
                "Met at Babbage's salon"), timeline.column(TimelineWidgets.WHAT), "entries, newest first");
        assertTrue(timeline.column(TimelineWidgets.SOURCE).stream().allMatch(SOURCE_BUNDLE::equals), "source column");
        assertEquals("History of Ada Lovelace: 3 entries", timeline.header());
    }

    @Test
    void namesTheSourceThatFailedAndShowsTheOthers() throws Exception {
        PersonRef grace = new PersonRef(7, "Grace Hopper");
        register(new FixedContributor("Pipeline (test)", grace.id(),
                entry("2022-02-02T10:00:00Z", "deal-open", "COBOL training offer"),
                entry("2022-05-05T10:00:00Z", "call", "Asked about the compiler")));
        register(new TimelineContributor() {
            @Override
            public String sourceName() {
                return "Loyalty (test)";
            }

            @Override
            public List<TimelineEntry> entries(TimelineQuery query) {
                throw new IllegalStateException("loyalty database is offline (on purpose, for the test)");
            }
        });

        TimelineWidgets timeline = pickAndWait(grace);

        assertTrue(timeline.header().startsWith("History of Grace Hopper: 2 entries"), timeline.header());
        assertTrue(timeline.header().contains("could not read: Loyalty (test)"), timeline.header());
        assertEquals(List.of("Asked about the compiler", "COBOL training offer"), timeline.column(TimelineWidgets.WHAT));
    }

    /** Picks a person in a (stand-in) domain view and waits until the Timeline shows that person's loaded rows. */
    private static TimelineWidgets pickAndWait(PersonRef person) throws PartInitException {
        IWorkbenchPage page = page();
        assertTrue(page.isPartVisible(page.findView(RapportUi.TIMELINE_VIEW_ID)), "the Timeline view is visible");
        PersonPickerView picker = (PersonPickerView) page.showView(PersonPickerView.ID);
        page.activate(picker);
        picker.pick(person);

        TimelineWidgets timeline = TimelineWidgets.find();
        String done = "History of " + person.displayName() + ":";
        spinUntil(() -> timeline.header().startsWith(done) && timeline.table().getItemCount() > 0
                && timeline.allRowsLoaded(),
                () -> "the Timeline shows the history of " + person.displayName() + "; header: '" + timeline.header()
                        + "', rows: " + timeline.table().getItemCount());
        assertFalse(timeline.column(TimelineWidgets.WHAT).isEmpty());
        return timeline;
    }

    private void register(TimelineContributor contributor) {
        BundleContext context = FrameworkUtil.getBundle(TimelineSelectionTest.class).getBundleContext();
        registrations.add(context.registerService(TimelineContributor.class, contributor, null));
    }

    private static TimelineEntry entry(String when, String kind, String title) {
        return new TimelineEntry(Instant.parse(when), kind, title, "", SOURCE_BUNDLE, null);
    }

    /** A source with fixed entries for one person. */
    private record FixedContributor(String sourceName, long personId, List<TimelineEntry> entries)
            implements TimelineContributor {

        FixedContributor(String sourceName, long personId, TimelineEntry... entries) {
            this(sourceName, personId, List.of(entries));
        }

        @Override
        public List<TimelineEntry> entries(TimelineQuery query) {
            return query.personId() == personId ? entries : List.of();
        }
    }
}
