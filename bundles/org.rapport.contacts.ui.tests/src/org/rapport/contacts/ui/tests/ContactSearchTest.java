package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.quickaccess.IQuickAccessComputerExtension;
import org.eclipse.ui.quickaccess.QuickAccessElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.model.Membership;
import org.rapport.contacts.model.Organization;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.contacts.search.ContactSearch;
import org.rapport.contacts.ui.ContactEditorInput;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.search.ContactSearchField;
import org.rapport.contacts.ui.internal.search.PeopleQuickAccess;
import org.rapport.contacts.ui.internal.search.SearchPopup;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * Finding people: the search box in the main toolbar lists a person by a social handle and by the beginning of their
 * organization's name while typing, and Enter opens the editor; Quick Access (Ctrl+3) lists people by name.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ContactSearchTest {

    private TestPeople people;
    private ContactSearch search;
    private Person ada;
    private String handle;
    private String organization;

    @BeforeEach
    void saveAPersonWithAHandleAndAnOrganization() throws Exception {
        people = new TestPeople();
        search = Services.get(ContactSearch.class);
        ContactsListDriver.open();
        organization = "Orrery" + people.family + " Instruments";
        Organization org = people.contacts.save(new Organization(organization));
        handle = "@adaq" + people.family + "@mastodon.social";
        Person person = new Person("Ada", people.lastName("lovelace"));
        person.getSocialProfiles().add(new SocialProfile("mastodon", handle, "https://mastodon.social/" + handle, 42, false));
        person.getMemberships().add(new Membership(org.getId(), org.getName(), "Founder"));
        ada = people.contacts.save(person);
        people.track(ada.getId());
        spinUntil(() -> ids(search.search(handle, 10).rows()).contains(ada.getId()),
                () -> "the search index has Ada (it follows the database in the background)");
    }

    @AfterEach
    void cleanUp() {
        Text box = searchBox();
        box.setText("");
        UiTestSupport.page().closeAllEditors(false);
        people.close();
    }

    @Test
    void theToolbarSearchFindsAPersonByHandleAndByOrganizationPrefixAndEnterOpensTheEditor() {
        Text box = searchBox();
        SearchPopup popup = assertInstanceOf(SearchPopup.class, box.getData(SearchPopup.KEY));
        assertTrue(box.isVisible(), "the search box is in the main toolbar");

        box.setFocus();
        box.setText("@adaq" + people.family);
        spinUntil(() -> ids(popup.rows()).equals(List.of(ada.getId())),
                () -> "typing the handle lists Ada alone; the popup lists " + names(popup.rows()) + " (" + popup.footer() + ")");
        assertEquals("1 match \u2014 Enter opens", popup.footer());

        String prefix = organization.substring(0, 10).toLowerCase();
        box.setText(prefix);
        spinUntil(() -> ids(popup.rows()).contains(ada.getId()),
                () -> "typing '" + prefix + "' lists Ada; the popup lists " + names(popup.rows()));
        assertTrue(popup.rows().get(0).organization().equals(organization), "the row shows her organization");

        box.notifyListeners(SWT.DefaultSelection, new Event());
        IWorkbenchPage page = UiTestSupport.page();
        spinUntil(() -> page.getActiveEditor() != null, () -> "Enter opens the contact editor");
        IEditorPart editor = page.getActiveEditor();
        assertEquals(ContactEditorInput.saved(ada.getId(), ""), editor.getEditorInput(), "the editor edits Ada");
        assertTrue(!popup.isVisible(), "the results close when the editor opens");
    }

    @Test
    void quickAccessListsThePersonForATypedNameAndOpensTheEditor() throws Exception {
        IQuickAccessComputerExtension computer = registeredQuickAccessComputer();
        String typed = "Ada " + people.lastName("love");

        QuickAccessElement[] elements = computer.computeElements(typed, new NullProgressMonitor());

        QuickAccessElement element = Arrays.stream(elements)
                .filter(e -> e.getLabel().startsWith("Ada " + people.lastName("lovelace") + " - " + organization))
                .findFirst().orElseThrow(() -> new AssertionError("Quick Access lists Ada for '" + typed + "': "
                        + Arrays.stream(elements).map(QuickAccessElement::getLabel).toList()));
        assertTrue(element.getMatchLabel().toLowerCase().contains(typed.toLowerCase()),
                "Quick Access keeps the element for what was typed");
        assertEquals(0, computer.computeElements("a", new NullProgressMonitor()).length, "one letter lists nobody");

        element.execute();
        IWorkbenchPage page = UiTestSupport.page();
        spinUntil(() -> page.getActiveEditor() != null, () -> "choosing the person opens the contact editor");
        assertEquals(ContactEditorInput.saved(ada.getId(), ""), page.getActiveEditor().getEditorInput());
    }

    /** The computer as the workbench makes it, from the org.eclipse.ui.quickAccess extension in plugin.xml. */
    private static IQuickAccessComputerExtension registeredQuickAccessComputer() throws Exception {
        IConfigurationElement declared = Arrays.stream(Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.quickAccess"))
                .filter(e -> ContactsUi.PLUGIN_ID.equals(e.getContributor().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("the contacts UI contributes a Quick Access computer"));
        assertEquals("People", declared.getAttribute("name"));
        return assertInstanceOf(PeopleQuickAccess.class, declared.createExecutableExtension("class"));
    }

    private static Text searchBox() {
        Text box = UiTestSupport.descendants(UiTestSupport.window().getShell(), Text.class).stream()
                .filter(t -> ContactSearchField.FIELD_NAME.equals(t.getData(ContactSearchField.FIELD_KEY))).findFirst()
                .orElse(null);
        assertNotNull(box, "the main toolbar has the contact search box");
        return box;
    }

    private static List<Long> ids(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::id).toList();
    }

    private static List<String> names(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::displayName).toList();
    }
}
