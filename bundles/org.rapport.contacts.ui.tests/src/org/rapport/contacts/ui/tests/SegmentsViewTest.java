package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.model.IncomeBand;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.contacts.segments.Segment;
import org.rapport.contacts.segments.SegmentQuery;
import org.rapport.contacts.segments.SegmentService;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.list.SegmentMembersView;
import org.rapport.contacts.ui.internal.segments.SegmentDialog;
import org.rapport.contacts.ui.internal.segments.SegmentsView;
import org.rapport.core.PersonRef;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.TimelineWidgets;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The Segments view as a user drives it: a segment made in the New Segment dialog (age range, income band, a tag and a
 * Mastodon following) counts, while editing and in the view, what the segment service counts; opened as a list it
 * shows exactly its members, whose selection the Timeline follows and whose double-click opens the editor.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SegmentsViewTest {

    private static final LocalDate TODAY = LocalDate.now();

    private TestPeople people;
    private SegmentService segments;
    private SegmentsView view;
    private final List<Long> createdSegments = new ArrayList<>();

    @BeforeEach
    void openTheSegmentsView() throws Exception {
        people = new TestPeople();
        segments = Services.get(SegmentService.class);
        ContactsListDriver.open();
        IWorkbenchPage page = UiTestSupport.page();
        page.showView(ContactsUi.SEGMENTS_VIEW_ID);
        MPart part = parts().findPart(ContactsUi.SEGMENTS_VIEW_ID);
        assertNotNull(part, "the Segments view is in the Contacts perspective");
        spinUntil(() -> part.getObject() instanceof SegmentsView, () -> "the Segments view is made");
        view = (SegmentsView) part.getObject();
        spinUntil(() -> !view.isBusy(), () -> "the Segments view has read and counted the segments");
    }

    @AfterEach
    void cleanUp() {
        for (Shell shell : UiTestSupport.display().getShells()) {
            if (shell.getData() instanceof SegmentDialog dialog) {
                dialog.close();
            }
        }
        if (segments != null) {
            createdSegments.forEach(segments::delete);
        }
        UiTestSupport.page().closeAllEditors(false);
        // the members tab shares the contacts list's stack: left open, it would hide the list from later tests
        var members = UiTestSupport.page().findView(ContactsUi.SEGMENT_MEMBERS_VIEW_ID);
        if (members != null) {
            UiTestSupport.page().hideView(members);
        }
        if (people != null) {
            people.close();
        }
    }

    @Test
    void aSegmentMadeInTheDialogCountsWhatTheServiceCountsAndOpensAsAListOfOnlyItsMembers() {
        String tag = people.family;
        Person ada = save("Ada", "lovelace", 30, IncomeBand.A, 1500, tag);
        save("Ben", "lowincome", 30, IncomeBand.D, 5000, tag);
        save("Cleo", "tooold", 50, IncomeBand.A, 2000, tag);
        save("Dan", "fewfollowers", 35, IncomeBand.B, 500, tag);
        Person eve = save("Eve", "edge", 25, IncomeBand.B, 1000, tag);

        SegmentDialog dialog = openNewSegmentDialog();
        type(dialog, "name", "Zq launch audience " + tag);
        type(dialog, "ageFrom", "25");
        type(dialog, "ageTo", "40");
        Combo income = (Combo) dialog.control("incomeAtLeast");
        income.select(IncomeBand.B.ordinal() + 1);
        income.notifyListeners(SWT.Selection, new Event());
        type(dialog, "tags", tag);
        type(dialog, "socialNetwork", "mastodon");
        type(dialog, "socialFollowers", "1,000");

        spinUntil(dialog::isCountCurrent, () -> "the dialog counts the members; it says " + dialog.countText());
        int expected = segments.count(dialog.criteria());
        assertEquals(2, expected, "Ada and Eve meet the criteria " + dialog.criteria().toText());
        assertEquals("2 people match", dialog.countText());

        press(dialog, "Create");
        spinUntil(() -> dialog.getShell() == null, () -> "the dialog closes after saving");
        String name = "Zq launch audience " + tag;
        Segment saved = (Segment) spinUntilRow(name).getData();
        createdSegments.add(saved.getId());
        // the view reads its rows again a moment after the people above were saved: look the row up each time
        spinUntil(() -> !view.isBusy() && count(name).equals("2"),
                () -> "the view shows the member count 2; it shows " + count(name));
        TableItem row = spinUntilRow(name);
        assertEquals(Integer.toString(segments.count(saved.getCriteria())), row.getText(1),
                "the view's count is the service's");

        select(row);
        view.action("open").run();
        SegmentMembersView members = membersView();
        spinUntil(() -> members.segment() != null && members.segment().getId() == saved.getId() && !members.isReading()
                && allLoaded(members.table().getTable()), () -> "the members list shows the segment");
        long[] listed = members.ids();
        long[] expectedIds = segments.ids(SegmentQuery.of(saved.getCriteria()));
        assertArrayEquals(expectedIds, listed);
        assertEquals(List.of(ada.getId(), eve.getId()).stream().sorted().toList(),
                Arrays.stream(listed).boxed().sorted().toList(), "only Ada and Eve are listed");
        assertEquals(List.of(people.lastName("edge") + ", Eve", people.lastName("lovelace") + ", Ada"),
                column(members.table().getTable(), 0), "by name, as the contacts list");
        assertEquals("2 members", members.status().getText());

        Table table = members.table().getTable();
        table.setFocus();
        table.setSelection(1);
        table.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
        TimelineWidgets timeline = TimelineWidgets.find();
        spinUntil(() -> timeline.header().startsWith("History of Ada " + people.lastName("lovelace") + ":"),
                () -> "the Timeline follows the member selected; it says '" + timeline.header() + "'");

        table.notifyListeners(SWT.DefaultSelection, new Event());
        IWorkbenchPage page = UiTestSupport.page();
        spinUntil(() -> page.getActiveEditor() != null, () -> "a double-click opens the contact editor");
        IEditorPart editor = page.getActiveEditor();
        assertEquals(ContactEditorInput.of(new PersonRef(ada.getId(), "")), editor.getEditorInput());
    }

    @Test
    void theDialogSaysAtTheFieldWhatItCannotReadAndWillNotSaveUntilItCan() {
        SegmentDialog dialog = openNewSegmentDialog();
        type(dialog, "name", "Zq broken " + people.family);
        type(dialog, "ageFrom", "twenty");
        type(dialog, "socialFollowers", "500");

        Text ageFrom = (Text) dialog.control("ageFrom");
        assertTrue(String.valueOf(dialog.messageAt(ageFrom)).contains("'twenty' is not a whole number"),
                "at the age: " + dialog.messageAt(ageFrom));
        assertTrue(String.valueOf(dialog.messageAt(dialog.control("socialNetwork"))).startsWith("Choose the network"),
                "at the network: " + dialog.messageAt(dialog.control("socialNetwork")));
        assertFalse(button(dialog, "Create").isEnabled(), "Create is disabled while fields are wrong");

        type(dialog, "ageFrom", "41");
        type(dialog, "ageTo", "30");
        assertEquals("The lowest age 41 is above the highest 30.", dialog.messageAt(ageFrom));

        type(dialog, "ageTo", "");
        type(dialog, "socialNetwork", "mastodon");
        spinUntil(dialog::isCountCurrent, () -> "the dialog counts once the fields read; it says " + dialog.countText());
        assertEquals(null, dialog.messageAt(ageFrom));
        assertTrue(button(dialog, "Create").isEnabled(), "Create is enabled again");
        assertTrue(dialog.countText().endsWith("match"), dialog.countText());
    }

    private Person save(String first, String lastSuffix, int age, IncomeBand income, int followers, String tag) {
        Person person = new Person(first, people.lastName(lastSuffix));
        person.setBirthDate(TODAY.minusYears(age));
        person.setIncomeBand(income);
        person.getTags().add(tag);
        person.getSocialProfiles().add(new SocialProfile("mastodon", "@" + first.toLowerCase() + people.family
                + "@mastodon.social", "https://mastodon.social/@" + first.toLowerCase() + people.family, followers, false));
        Person stored = people.contacts.save(person);
        people.track(stored.getId());
        return stored;
    }

    private SegmentDialog openNewSegmentDialog() {
        view.action("new").run();
        SegmentDialog[] found = new SegmentDialog[1];
        spinUntil(() -> {
            for (Shell shell : UiTestSupport.display().getShells()) {
                if (shell.isVisible() && shell.getData() instanceof SegmentDialog dialog) {
                    found[0] = dialog;
                    return true;
                }
            }
            return false;
        }, () -> "New Segment opens the segment dialog");
        assertEquals("New Segment", found[0].getShell().getText());
        return found[0];
    }

    private static void type(SegmentDialog dialog, String field, String value) {
        var control = dialog.control(field);
        assertNotNull(control, "the dialog has a field " + field);
        if (control instanceof Text text) {
            text.setText(value);
        } else {
            ((Combo) control).setText(value);
        }
        UiTestSupport.flushEvents();
    }

    private static Button button(SegmentDialog dialog, String label) {
        return UiTestSupport.descendants(dialog.getShell(), Button.class).stream()
                .filter(b -> label.equals(UiTestSupport.userText(b.getText()))).findFirst()
                .orElseThrow(() -> new AssertionError("the dialog has a button " + label));
    }

    private static void press(SegmentDialog dialog, String label) {
        Button button = button(dialog, label);
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
    }

    /** The member count the view shows now for a segment, or "" while it has no row for it. */
    private String count(String name) {
        for (TableItem item : view.table().getItems()) {
            if (item.getText(0).equals(name)) {
                return item.getText(1);
            }
        }
        return "";
    }

    private TableItem spinUntilRow(String name) {
        TableItem[] found = new TableItem[1];
        spinUntil(() -> {
            for (TableItem item : view.table().getItems()) {
                if (item.getText(0).equals(name)) {
                    found[0] = item;
                    return true;
                }
            }
            return false;
        }, () -> "the Segments view lists " + name + "; it lists " + column(view.table(), 0));
        return found[0];
    }

    private void select(TableItem row) {
        view.table().setFocus();
        view.table().setSelection(row);
        view.table().notifyListeners(SWT.Selection, new Event());
        UiTestSupport.flushEvents();
        assertTrue(view.action("open").isEnabled(), "Open as List is enabled for the selected segment");
    }

    private static SegmentMembersView membersView() {
        MPart[] part = new MPart[1];
        spinUntil(() -> (part[0] = parts().findPart(ContactsUi.SEGMENT_MEMBERS_VIEW_ID)) != null
                && part[0].getObject() instanceof SegmentMembersView, () -> "Open as List shows the members view");
        assertTrue(UiTestSupport.page().isPartVisible(UiTestSupport.page().findView(ContactsUi.SEGMENT_MEMBERS_VIEW_ID)),
                "the members list is in view");
        return assertInstanceOf(SegmentMembersView.class, part[0].getObject());
    }

    private static EPartService parts() {
        return UiTestSupport.window().getService(EPartService.class);
    }

    private static boolean allLoaded(Table table) {
        return Arrays.stream(table.getItems()).noneMatch(item -> "\u2026".equals(item.getText(0)));
    }

    private static List<String> column(Table table, int column) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
    }

    private static void assertArrayEquals(long[] expected, long[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, "the members list shows the service's ids");
    }
}
