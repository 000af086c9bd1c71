package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.contacts.model.CustomFieldType;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.PhoneNumber;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * The contact editor on people saved through the ContactService: editing makes it dirty, Edit &gt; Undo and Redo take
 * edits back and forth, File &gt; Save stores them, an invalid value is marked at its field and not saved, and a save
 * after someone else changed the person reports the conflict instead of overwriting.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ContactEditorTest {

    private TestPeople people;
    private Person ada;

    @BeforeEach
    void savePerson() throws Exception {
        people = new TestPeople();
        ContactsListDriver.open();
        ada = people.save("Ada", "lovelace", "ada@engines.example");
    }

    @AfterEach
    void cleanUp() {
        UiTestSupport.page().closeAllEditors(false);
        people.close();
    }

    @Test
    void anEditMakesTheEditorDirtyUndoAndRedoTakeItBackAndForthAndSaveStoresIt() throws Exception {
        EditorDriver form = EditorDriver.open(ada);
        assertEquals("Ada", form.text("firstName"));
        assertFalse(form.editor.isDirty(), "a freshly opened editor is clean");

        form.type("firstName", "Augusta");
        assertTrue(form.editor.isDirty(), "an edit makes the editor dirty");
        assertEquals("Augusta " + people.lastName("lovelace"), form.editor.getTitle(), "the title follows the name");

        form.command(EditorDriver.UNDO);
        assertEquals("Ada", form.text("firstName"), "Undo restores the old value");
        assertFalse(form.editor.isDirty(), "undone back to the saved state: clean");

        form.command(EditorDriver.REDO);
        assertEquals("Augusta", form.text("firstName"), "Redo applies the edit again");
        assertTrue(form.editor.isDirty());

        form.command(EditorDriver.SAVE);
        assertFalse(form.editor.isDirty(), "saved: clean");
        assertEquals("Augusta", people.contacts.person(ada.getId()).orElseThrow().getFirstName(), "stored");

        form.command(EditorDriver.UNDO);
        assertEquals("Ada", form.text("firstName"), "an edit saved can still be undone");
        assertTrue(form.editor.isDirty(), "and then differs from what is stored");
        form.command(EditorDriver.SAVE);
        assertEquals("Ada", people.contacts.person(ada.getId()).orElseThrow().getFirstName(),
                "the undone value saves without a false conflict");
    }

    @Test
    void anotherDomainOpensThePersonThroughTheWorkbenchOpenPersonCommand() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ParameterizedCommand open = ParameterizedCommand.generateCommand(
                commands.getCommand(RapportUi.OPEN_PERSON_COMMAND_ID),
                Map.of(RapportUi.OPEN_PERSON_ID_PARAMETER, Long.toString(ada.getId())));

        handlers.executeCommand(open, null);

        EditorDriver form = EditorDriver.showing(UiTestSupport.page().getActiveEditor());
        assertEquals("Ada", form.text("firstName"), "the contact editor shows the person the id named");
        spinUntil(() -> form.editor.getPartName().contains("Ada"), () -> "the editor's tab names the person: "
                + form.editor.getPartName());
    }

    @Test
    void anInvalidEmailIsMarkedAtItsFieldAndNotSaved() throws Exception {
        EditorDriver form = EditorDriver.open(ada);

        form.type("emails[0]", "ada(at)engines");

        String expected = "'ada(at)engines' is not an email address.";
        spinUntil(() -> form.editor.messagesAt("emails[0]").contains(expected),
                () -> "the email field shows the problem; it shows " + form.editor.messagesAt("emails[0]"));
        assertNotNull(form.editor.headingMessage(), "the form's heading reports it too");

        form.command(EditorDriver.SAVE);
        assertTrue(form.editor.isDirty(), "not saved");
        assertEquals("ada@engines.example", people.contacts.person(ada.getId()).orElseThrow().getPrimaryEmail(),
                "the stored email is unchanged");

        form.type("emails[0]", "ada@analytical.example");
        spinUntil(() -> form.editor.messagesAt("emails[0]").isEmpty(), () -> "the message goes once the email is valid");
        form.command(EditorDriver.SAVE);
        assertFalse(form.editor.isDirty());
        assertEquals("ada@analytical.example", people.contacts.person(ada.getId()).orElseThrow().getPrimaryEmail());
    }

    @Test
    void aSaveAfterSomeoneElseChangedThePersonReportsTheConflictAndOverwritesNothing() throws Exception {
        EditorDriver form = EditorDriver.open(ada);
        form.type("lastName", "Byron");

        Person behindTheBack = people.contacts.person(ada.getId()).orElseThrow();
        behindTheBack.getPhones().add(new PhoneNumber("mobile", "+44 20 7946 0000"));
        people.contacts.save(behindTheBack);
        UiTestSupport.spinFor(Duration.ofMillis(300)); // the change event reaches the editor

        StringBuilder said = UiTestSupport.answerDialog("Contact Changed Elsewhere", "Keep My Edits");
        form.command(EditorDriver.SAVE);
        assertTrue(said.toString().contains("was changed or deleted by someone else"), "the dialog explains: " + said);
        Person stored = people.contacts.person(ada.getId()).orElseThrow();
        assertEquals(people.lastName("lovelace"), stored.getLastName(), "the editor's change did not overwrite");
        assertEquals("+44 20 7946 0000", stored.getPrimaryPhone(), "the other change is kept");
        assertTrue(form.editor.isDirty(), "the user's edits are still in the editor");
        assertEquals("Byron", form.text("lastName"));

        StringBuilder again = UiTestSupport.answerDialog("Contact Changed Elsewhere", "Reload");
        form.command(EditorDriver.SAVE);
        assertTrue(again.length() > 0, "asked again");
        spinUntil(() -> !form.editor.isDirty() && form.editor.editedPerson().getPhones().size() == 1,
                () -> "the editor shows the person as stored now");
        assertEquals(people.lastName("lovelace"), form.text("lastName"));
        assertEquals("+44 20 7946 0000", form.text("phones[0]"));
    }

    @Test
    void newContactOpensAnEmptyEditorThatSavesANewPersonWithANewOrganization() throws Exception {
        UiTestSupport.window().getService(IHandlerService.class).executeCommand(ContactsUi.NEW_CONTACT_COMMAND_ID, null);
        IEditorPart part = UiTestSupport.page().getActiveEditor();
        EditorDriver form = EditorDriver.showing(part);
        assertEquals("New contact", form.editor.getTitle());
        assertFalse(form.editor.isDirty(), "nothing typed yet: nothing to save");

        form.type("firstName", "Katherine");
        form.type("lastName", people.lastName("johnson"));
        addRow(form, "emails");
        form.type("emails[0]", "katherine@nasa.example");
        addRow(form, "memberships");
        String organization = "Langley " + people.family;
        form.type("memberships[0]", organization);
        spinUntil(() -> form.editor.messagesAt("memberships[0]").stream().anyMatch(m -> m.contains("new organization")),
                () -> "the form notes the organization is new: " + form.editor.messagesAt("memberships[0]"));
        form.command(EditorDriver.SAVE);

        assertFalse(form.editor.isDirty(), "saved");
        ContactEditorInput input = (ContactEditorInput) form.editor.getEditorInput();
        assertFalse(input.isNew(), "the editor now edits the saved person");
        people.track(input.personId());
        Person stored = people.contacts.person(input.personId()).orElseThrow();
        assertEquals("Katherine", stored.getFirstName());
        assertEquals("katherine@nasa.example", stored.getPrimaryEmail());
        assertEquals(organization, stored.getOrganizationName());
        assertTrue(stored.getMemberships().get(0).getOrganizationId() > 0, "linked to the organization");
        assertTrue(people.contacts.organizationNamed(organization).isPresent(), "the organization was created");
        assertEquals(List.of(), form.editor.messagesAt("memberships[0]"), "no longer new");
    }

    @Test
    void customFieldsAreEditedAsTheirTypes() throws Exception {
        people.contacts.save(new CustomFieldDefinition("ui_test_budget", "Budget (test)", CustomFieldType.NUMBER,
                List.of(), 90));
        EditorDriver form = EditorDriver.open(ada);

        form.type("customValues.ui_test_budget", "12,5k");
        spinUntil(() -> !form.editor.messagesAt("customValues.ui_test_budget").isEmpty(),
                () -> "an unreadable number is marked at its field");
        form.type("customValues.ui_test_budget", "1234,50");
        spinUntil(() -> form.editor.messagesAt("customValues.ui_test_budget").isEmpty(), () -> "a number reads");
        form.command(EditorDriver.SAVE);

        BigDecimal stored = people.contacts.person(ada.getId()).orElseThrow().customValue("ui_test_budget")
                .orElseThrow().getNumber();
        assertEquals(0, new BigDecimal("1234.50").compareTo(stored), "stored as a number: " + stored);
    }

    /** Presses Enter on a list's "Add …" link, as the keyboard (or a click) does. */
    private static void addRow(EditorDriver form, String list) {
        Hyperlink add = assertInstanceOf(Hyperlink.class, form.field(list));
        Event enter = new Event();
        enter.character = '\r';
        enter.keyCode = SWT.CR;
        add.notifyListeners(SWT.KeyDown, enter);
        UiTestSupport.flushEvents();
    }
}
