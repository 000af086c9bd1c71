package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.io.ExportWizard;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** File &gt; Export &gt; Rapport &gt; Contacts to vCard or CSV with people selected in the contacts list. */
@ExtendWith(ScreenshotOnFailure.class)
class ExportWizardTest {

    @TempDir
    Path temp;
    private TestPeople people;
    private ContactsListDriver list;
    private WizardDriver wizard;

    @BeforeEach
    void savePeopleAndOpenTheList() throws Exception {
        people = new TestPeople();
        list = ContactsListDriver.open();
    }

    @AfterEach
    void cleanUp() {
        if (wizard != null) {
            wizard.close();
        }
        list.view.filter().setText("");
        people.close();
    }

    @Test
    void theSelectedPeopleAreWrittenToAVCard4File() throws Exception {
        Person grace = people.save("Grace", "hopper", "grace@" + people.family + ".example");
        Person ada = people.save("Ada", "lovelace", "ada@" + people.family + ".example");
        Person alan = people.save("Alan", "turing", "alan@" + people.family + ".example");
        list.filter(people.family);
        list.waitForNames(List.of(name(grace), name(ada), name(alan)));
        list.select(1, 2);

        wizard = WizardDriver.openExport(ContactsUi.EXPORT_WIZARD_ID);
        ExportWizard exportWizard = (ExportWizard) wizard.wizard;
        assertTrue(exportWizard.page().selectedChoice().getSelection(), "the selection is preselected");
        assertEquals("The 2 people selected in the contacts list",
                UiTestSupport.userText(exportWizard.page().selectedChoice().getText()));
        Text file = exportWizard.page().fileText();
        Path target = temp.resolve("selection.vcf");
        file.setText(target.toString());

        wizard.press("Finish");

        WizardDriver.withShell("Contacts Exported", shell -> {
            String said = WizardDriver.labels(shell);
            assertTrue(said.contains("2 people written as vCard."), said);
        });
        String vcf = Files.readString(target, StandardCharsets.UTF_8);
        assertEquals(2, vcf.split("BEGIN:VCARD", -1).length - 1, vcf);
        assertEquals(2, vcf.split("VERSION:4.0", -1).length - 1, vcf);
        assertTrue(vcf.contains("FN:Ada " + people.lastName("lovelace")), vcf);
        assertTrue(vcf.contains("ada@" + people.family + ".example"), vcf);
        assertTrue(vcf.contains("FN:Alan " + people.lastName("turing")), vcf);
        assertFalse(vcf.contains("Grace"), "Grace was not selected: " + vcf);
    }

    private static String name(Person person) {
        return person.getLastName() + ", " + person.getFirstName();
    }
}
