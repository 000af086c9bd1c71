package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.TimelineWidgets;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The Duplicates view on two people recorded twice (the same email): a scan lists them with the reason, selecting the
 * pair selects both people, the merge dialog keeps a value of the second person, the contacts list then shows one
 * person; Undo Merge (or Edit &gt; Undo) brings both back as they were; an editor with unsaved changes of the merged
 * person is told and does not overwrite the merge.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DuplicatesViewTest {

    private TestPeople people;
    private ContactsListDriver list;
    private Person ada;
    private Person augusta;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void saveTwoDuplicates() throws Exception {
        people = new TestPeople();
        list = ContactsListDriver.open();
        String email = "ada." + people.family + "@engines.example";
        ada = save("Ada", p -> {
            p.getEmails().add(new EmailAddress("work", email));
            p.getPhones().add(new PhoneNumber("work", "+44 20 7946 1111"));
            p.setBirthDate(LocalDate.of(1985, 12, 10));
        });
        augusta = save("Augusta Ada", p -> {
            p.getEmails().add(new EmailAddress("home", email.toUpperCase()));
            p.getPhones().add(new PhoneNumber("mobile", "+44 7700 900222"));
            p.getTags().add("vip");
            p.setNotes("Countess of Lovelace");
        });
    }

    @AfterEach
    void cleanUp() {
        UiTestSupport.page().closeAllEditors(false);
        list.view.filter().setText("");
        people.contacts.delete(created);
        people.close();
    }

    @Test
    void scanListsThePairMergeKeepsTheChosenValueAndUndoMergeBringsBothBack() throws Exception {
        DuplicatesDriver duplicates = DuplicatesDriver.open();
        duplicates.scan();

        int row = duplicates.rowOf(ada.getId(), augusta.getId());
        assertTrue(row >= 0, "the pair is listed: " + duplicates.view.pairs());
        List<String> shown = duplicates.row(row);
        assertEquals("95%", shown.get(DuplicatesDriver.SCORE));
        assertTrue(shown.get(DuplicatesDriver.PERSON).startsWith(ada.displayName()), shown.toString());
        assertTrue(shown.get(DuplicatesDriver.DUPLICATE).startsWith(augusta.displayName()), shown.toString());
        assertEquals("both have " + ada.getPrimaryEmail(), shown.get(DuplicatesDriver.WHY));
        assertTrue(duplicates.status().contains("likely duplicate"), duplicates.status());
        assertSortedByScore(duplicates, true);
        duplicates.clickHeader(DuplicatesDriver.SCORE);
        assertSortedByScore(duplicates, false);
        duplicates.clickHeader(DuplicatesDriver.SCORE);

        duplicates.select(duplicates.rowOf(ada.getId(), augusta.getId()));
        IStructuredSelection selection = (IStructuredSelection) UiTestSupport.page().getSelection();
        assertEquals(List.of(ada.getId(), augusta.getId()),
                selection.toList().stream().map(o -> ((PersonRow) o).id()).toList(), "both people are selected");
        spinUntil(() -> TimelineWidgets.find().header().startsWith("History of " + ada.displayName() + ":"),
                () -> "the Timeline follows: " + TimelineWidgets.find().header());

        Shell dialog = duplicates.openMergeDialog();
        assertTrue(DuplicatesDriver.chosen(dialog, ada.displayName()), "the first person's name by default");
        DuplicatesDriver.choose(dialog, augusta.displayName());
        DuplicatesDriver.pressButton(dialog, "Finish");

        spinUntil(() -> duplicates.rowOf(ada.getId(), augusta.getId()) < 0, () -> "the pair leaves the list");
        Person merged = people.contacts.person(ada.getId()).orElseThrow();
        assertEquals("Augusta Ada", merged.getFirstName(), "the name chosen from the second person");
        assertEquals(List.of("+44 20 7946 1111", "+44 7700 900222"),
                merged.getPhones().stream().map(PhoneNumber::getNumber).toList(), "both phones");
        assertEquals(1, merged.getEmails().size(), "the shared email once");
        assertEquals(List.of("vip"), merged.getTags());
        assertEquals(ada.getBirthDate(), merged.getBirthDate());
        assertTrue(people.contacts.person(augusta.getId()).isEmpty(), "the second person is gone");
        list.filter(people.family);
        list.waitForNames(List.of(merged.getLastName() + ", Augusta Ada"));

        var merge = duplicates.waitForMergeOf(augusta.getId(), false);
        duplicates.activate();
        duplicates.selectMerge(merge.id());
        StringBuilder asked = UiTestSupport.answerDialog("Undo Merge", "Yes");
        DuplicatesDriver.click(duplicates.view.undoMergeButton());
        duplicates.waitForMergeOf(augusta.getId(), true);
        assertTrue(asked.toString().contains("Undo the merge of"), "asked first: " + asked);

        Person adaBack = people.contacts.person(ada.getId()).orElseThrow();
        Person augustaBack = people.contacts.person(augusta.getId()).orElseThrow();
        assertEquals("Ada", adaBack.getFirstName());
        assertEquals(List.of("+44 20 7946 1111"), adaBack.getPhones().stream().map(PhoneNumber::getNumber).toList());
        assertEquals(List.of(), adaBack.getTags());
        assertEquals("Augusta Ada", augustaBack.getFirstName());
        assertEquals(List.of("+44 7700 900222"), augustaBack.getPhones().stream().map(PhoneNumber::getNumber).toList());
        assertEquals("Countess of Lovelace", augustaBack.getNotes());
        assertEquals(List.of("vip"), augustaBack.getTags());
        list.waitForNames(List.of(ada.getLastName() + ", Ada", ada.getLastName() + ", Augusta Ada"));
    }

    @Test
    void editUndoTakesBackAMergeOfThisSession() throws Exception {
        DuplicatesDriver duplicates = DuplicatesDriver.open();
        duplicates.scan();
        duplicates.select(duplicates.rowOf(ada.getId(), augusta.getId()));
        Shell dialog = duplicates.openMergeDialog();
        DuplicatesDriver.pressButton(dialog, "Finish");
        duplicates.waitForMergeOf(augusta.getId(), false);
        assertTrue(people.contacts.person(augusta.getId()).isEmpty());

        duplicates.activate();
        UiTestSupport.window().getService(IHandlerService.class).executeCommand(EditorDriver.UNDO, null);

        duplicates.waitForMergeOf(augusta.getId(), true);
        assertEquals("Ada", people.contacts.person(ada.getId()).orElseThrow().getFirstName());
        assertEquals(List.of("vip"), people.contacts.person(augusta.getId()).orElseThrow().getTags());
    }

    @Test
    void anEditorWithUnsavedChangesOfTheMergedPersonIsToldAndCannotOverwriteTheMerge() throws Exception {
        EditorDriver form = EditorDriver.open(augusta);
        form.type("notes", "Typed while someone merged");
        assertTrue(form.editor.isDirty());

        DuplicatesDriver duplicates = DuplicatesDriver.open();
        duplicates.scan();
        duplicates.select(duplicates.rowOf(ada.getId(), augusta.getId()));
        Shell dialog = duplicates.openMergeDialog();
        String warning = duplicates.view.mergeDialog().getCurrentPage().getMessage();
        assertTrue(warning != null && warning.contains(augusta.displayName() + " has unsaved changes"),
                "the dialog warns: " + warning);
        DuplicatesDriver.pressButton(dialog, "Finish");
        duplicates.waitForMergeOf(augusta.getId(), false);

        spinUntil(() -> String.valueOf(form.editor.headingMessage()).contains("merged into another contact"),
                () -> "the editor says its person is gone: " + form.editor.headingMessage());
        assertTrue(form.editor.isDirty(), "the typed changes are still there");
        StringBuilder said = UiTestSupport.answerDialog("Contact Changed Elsewhere", "Keep My Edits");
        form.command(EditorDriver.SAVE);
        assertTrue(said.length() > 0, "the save reports the conflict");
        assertTrue(people.contacts.person(augusta.getId()).isEmpty(), "the save did not bring the merged person back");
        assertFalse(people.contacts.person(ada.getId()).orElseThrow().getNotes().contains("Typed while"));
    }

    private Person save(String first, java.util.function.Consumer<Person> details) {
        Person person = new Person(first, people.lastName("lovelace"));
        details.accept(person);
        Person stored = people.contacts.save(person);
        created.add(stored.getId());
        return stored;
    }

    private static void assertSortedByScore(DuplicatesDriver duplicates, boolean descending) {
        var table = duplicates.table();
        assertEquals(table.getColumn(DuplicatesDriver.SCORE), table.getSortColumn());
        assertEquals(descending ? SWT.DOWN : SWT.UP, table.getSortDirection());
        var pairs = duplicates.view.pairs();
        for (int i = 1; i < pairs.size(); i++) {
            double before = pairs.get(i - 1).score();
            double after = pairs.get(i).score();
            assertTrue(descending ? before >= after : before <= after, "sorted by score");
        }
    }
}
