package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.internal.editor.ContactEditor;
import org.rapport.ui.testing.MenuBar;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.TimelineWidgets;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The contacts list over people saved through the ContactService: it shows them, the filter narrows them, a header
 * click sorts them, a selection drives the Timeline, Enter opens the editor, Edit &gt; Copy and Delete act on them.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ContactsListTest {

    private TestPeople people;
    private ContactsListDriver list;
    private Person ada;
    private Person alan;
    private Person grace;

    @BeforeEach
    void savePeopleAndOpenTheList() throws Exception {
        people = new TestPeople();
        list = ContactsListDriver.open();
        ada = people.save("Ada", "lovelace", "ada@engines.example");
        alan = people.save("Alan", "turing", "zeta.turing@bletchley.example");
        grace = people.save("Grace", "hopper", "grace@navy.example");
    }

    @AfterEach
    void cleanUp() {
        UiTestSupport.page().closeAllEditors(false);
        list.view.filter().setText("");
        people.close();
    }

    @Test
    void showsThePeopleSavedThroughTheServiceAndFiltersThemWhileTyping() {
        String family = people.family;
        list.filter(family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));
        NumberFormat number = NumberFormat.getIntegerInstance();
        waitForStatus("3 of " + number.format(people.everyone()) + " match");

        list.filter(family + "t");
        list.waitForNames(List.of(name(alan)));
        assertEquals(List.of("zeta.turing@bletchley.example"), list.column(ContactsListDriver.EMAIL));
        waitForStatus("1 of " + number.format(people.everyone()) + " match");

        list.filter("");
        waitForStatus(number.format(people.everyone()) + " people");
    }

    /** The count of everyone follows the change events (a moment after the people were saved). */
    private void waitForStatus(String expected) {
        spinUntil(() -> list.status().equals(expected), () -> "the status says '" + expected + "'; it says '"
                + list.status() + "'");
    }

    @Test
    void clickingAHeaderSortsByItAndClickingAgainReverses() {
        list.filter(people.family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));
        list.assertSortedBy(ContactsListDriver.NAME, true);

        list.clickHeader(ContactsListDriver.EMAIL);
        list.waitForNames(List.of(name(ada), name(grace), name(alan)));
        list.assertSortedBy(ContactsListDriver.EMAIL, true);

        list.clickHeader(ContactsListDriver.EMAIL);
        list.waitForNames(List.of(name(alan), name(grace), name(ada)));
        list.assertSortedBy(ContactsListDriver.EMAIL, false);

        list.clickHeader(ContactsListDriver.NAME);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));
    }

    @Test
    void selectingAPersonMakesTheTimelineShowTheirHistory() {
        list.filter(people.family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));

        list.select(1);

        TimelineWidgets timeline = TimelineWidgets.find();
        spinUntil(() -> timeline.header().startsWith("History of Ada " + people.lastName("lovelace") + ":")
                && timeline.table().getItemCount() > 0 && timeline.allRowsLoaded(),
                () -> "the Timeline shows Ada's history; it says '" + timeline.header() + "'");
        assertTrue(timeline.column(TimelineWidgets.WHAT).contains("Contact created"), timeline.column(TimelineWidgets.WHAT).toString());
    }

    @Test
    void enterOpensTheSelectedPersonInTheContactEditor() {
        list.filter(people.family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));

        list.select(0);
        list.openSelection();

        IWorkbenchPage page = UiTestSupport.page();
        spinUntil(() -> page.getActiveEditor() != null, () -> "an editor opens");
        IEditorPart editor = page.getActiveEditor();
        ContactEditor contactEditor = assertInstanceOf(ContactEditor.class, editor);
        assertEquals(ContactEditorInput.saved(grace.getId(), ""), editor.getEditorInput(), "the editor edits Grace");
        spinUntil(contactEditor::isShowingPerson, () -> "the editor shows the person");
        assertEquals("Grace " + people.lastName("hopper"), editor.getTitle());
    }

    @Test
    void editCopyPutsNamesAndEmailsOnTheClipboard() {
        list.filter(people.family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));
        list.select(1, 2);

        new MenuBar(UiTestSupport.window().getShell()).choose("Edit", "Copy");

        Clipboard clipboard = new Clipboard(UiTestSupport.display());
        try {
            String text = (String) clipboard.getContents(TextTransfer.getInstance());
            assertEquals("Ada " + people.lastName("lovelace") + " <ada@engines.example>" + System.lineSeparator()
                    + "Alan " + people.lastName("turing") + " <zeta.turing@bletchley.example>", text);
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void editDeleteAsksNamingHowManyThenDeletesThem() {
        list.filter(people.family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));
        list.select(0, 2);

        StringBuilder asked = UiTestSupport.answerDialog("Delete Contacts", "Delete");
        new MenuBar(UiTestSupport.window().getShell()).choose("Edit", "Delete");

        spinUntil(() -> asked.length() > 0, () -> "the confirmation shows");
        assertTrue(asked.toString().contains("Delete 2 people?"), asked.toString());
        list.waitForNames(List.of(name(ada)));
        assertTrue(people.contacts.person(grace.getId()).isEmpty(), "Grace is deleted");
        assertTrue(people.contacts.person(alan.getId()).isEmpty(), "Alan is deleted");
        assertTrue(people.contacts.person(ada.getId()).isPresent(), "Ada is kept");
    }

    /** The name as the list shows it: last name first. */
    private static String name(Person person) {
        return person.getLastName() + ", " + person.getFirstName();
    }
}
