package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.contacts.ui.internal.io.ImportWizard;
import org.rapport.ui.testing.MenuBar;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * File &gt; Import &gt; Rapport &gt; Contacts from CSV or vCard with a Google Contacts export: the Google preset is
 * preselected with the file's sample values, the preview tells what will be created, updated and rejected (with the
 * line) before anything is written, and after Finish the people are in the contacts list, the rejected one not.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportWizardTest {

    private static final String GOOGLE_HEADER = "Name,Given Name,Additional Name,Family Name,Birthday,Notes,"
            + "Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\n";

    @TempDir
    Path temp;
    private TestPeople people;
    private ContactsListDriver list;
    private WizardDriver wizard;

    @BeforeEach
    void openTheList() throws Exception {
        people = new TestPeople();
        list = ContactsListDriver.open();
    }

    @AfterEach
    void cleanUp() {
        if (wizard != null) {
            wizard.close();
        }
        list.view.filter().setText("");
        people.contacts.delete(Arrays.stream(people.contacts.ids(ContactQuery.ALL.withPrefix(people.family))).boxed()
                .toList());
        people.close();
    }

    @Test
    void googleExportIsPreviewedThenImportedAndTheRejectedRowIsNamedByLine() throws Exception {
        people.save("Grace", "hopper", email("grace"));
        Path csv = temp.resolve("google.csv");
        Files.writeString(csv, GOOGLE_HEADER
                + row("Ada", "lovelace", "1985-12-10", "ada", "+44 7700 900123")
                + row("Grace", "hopper", "", "grace", "+1 202 555 0100")
                + row("Alan", "turing", "", "alan", "")
                + ",,,,,,* myContacts,* Work,not-an-email,,\n"
                + row("Katherine", "johnson", "1918-08-26", "katherine", ""));

        wizard = WizardDriver.openImport(ContactsUi.IMPORT_WIZARD_ID);
        ImportWizard importWizard = (ImportWizard) wizard.wizard;
        importWizard.filePage().fileText().setText(csv.toString());
        spinUntil(() -> importWizard.filePage().isPageComplete(), () -> "the file page reads the file; it says: "
                + importWizard.filePage().getErrorMessage() + " / " + importWizard.filePage().foundText());
        assertTrue(importWizard.filePage().foundText().contains("Google Contacts"),
                importWizard.filePage().foundText());

        wizard.press("Next >");
        assertSame(importWizard.mappingPage(), wizard.dialog.getCurrentPage());
        assertEquals("Google Contacts", importWizard.mappingPage().presetCombo().getText(), "preset preselected");
        List<String> emailRow = row(importWizard.mappingPage().mappingTable(), "E-mail 1 - Value");
        assertEquals("Email", emailRow.get(2), "the Google email column imports as Email");
        assertTrue(emailRow.get(1).startsWith(email("ada") + " | " + email("grace")), "sample values: " + emailRow);

        wizard.press("Next >");
        assertSame(importWizard.previewPage(), wizard.dialog.getCurrentPage());
        spinUntil(() -> importWizard.previewPage().isPageComplete(), () -> "the preview is done; it says: "
                + importWizard.previewPage().summaryText() + " / " + importWizard.previewPage().getErrorMessage());
        assertEquals("3 people will be created, 1 updated, 0 unchanged; 1 row rejected. 1 value is left out or changed"
                + " (see the problems).", importWizard.previewPage().summaryText());
        List<List<String>> problems = WizardDriver.rows(importWizard.previewPage().problemsTable());
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("5", problems.get(0).get(0), "the line of the bad row");
        assertEquals("E-mail 1 - Value", problems.get(0).get(1));
        assertTrue(problems.get(0).get(3).contains("is not an email address"), problems.toString());
        assertEquals("Value left out", problems.get(0).get(4));
        assertEquals("5", problems.get(1).get(0));
        assertTrue(problems.get(1).get(3).contains("nothing identifies the person"), problems.toString());
        assertEquals("Row not imported", problems.get(1).get(4), "without its email nothing identifies the row");
        List<List<String>> planned = WizardDriver.rows(importWizard.previewPage().plannedTable());
        List<String> update = planned.stream().filter(r -> r.get(1).equals("Update")).findFirst()
                .orElseThrow(() -> new AssertionError("no update in " + planned));
        assertEquals("3", update.get(0), "Grace's line");
        assertTrue(update.get(4).contains(email("grace")), "matched by the email: " + update);
        assertEquals(1, people.contacts.ids(ContactQuery.ALL.withPrefix(people.family)).length,
                "nothing is written before Finish");

        wizard.press("Finish");

        WizardDriver.withShell("Contacts Imported", shell -> {
            String said = WizardDriver.labels(shell);
            assertTrue(said.contains("google.csv: 3 people created, 1 updated, 0 unchanged; 1 row rejected."), said);
            Table shownProblems = UiTestSupport.descendants(shell, Table.class).get(0);
            assertEquals("5", WizardDriver.rows(shownProblems).get(0).get(0));
            assertTrue(Files.exists(csv.resolveSibling("google.csv.import-report.csv")), "the report is beside it");
        });
        list.filter(people.family);
        list.waitForNames(List.of(name("hopper", "Grace"), name("johnson", "Katherine"), name("lovelace", "Ada"),
                name("turing", "Alan")));
    }

    @Test
    void aWindows1252FileIsDetectedShownAndTheUserCanChooseAnotherEncoding() throws Exception {
        Path csv = temp.resolve("outlook.csv");
        Files.write(csv, ("First Name,Last Name,E-mail Address\r\nJürgen," + people.lastName("müller") + ","
                + email("juergen") + "\r\n").getBytes("windows-1252"));

        wizard = WizardDriver.openImport(ContactsUi.IMPORT_WIZARD_ID);
        ImportWizard importWizard = (ImportWizard) wizard.wizard;
        Combo encoding = importWizard.filePage().encodingCombo();
        assertEquals("Detect (UTF-8, else Windows-1252)", encoding.getText(), "the importer detects by default");
        importWizard.filePage().fileText().setText(csv.toString());
        spinUntil(() -> importWizard.filePage().isPageComplete(), () -> "the file page reads the file; it says: "
                + importWizard.filePage().getErrorMessage() + " / " + importWizard.filePage().foundText());
        String found = importWizard.filePage().foundText();
        assertTrue(found.startsWith("CSV file in windows-1252"), found);
        assertTrue(found.contains("Encoding detected: read as Windows-1252") && found.contains("line 2 is not UTF-8"),
                "the page says what it chose and why: " + found);

        choose(encoding, "UTF-8 (with or without byte order mark)");
        spinUntil(() -> importWizard.filePage().getErrorMessage() != null, () -> "reading it as UTF-8 is refused");
        assertTrue(importWizard.filePage().getErrorMessage().contains("Line 2 has bytes that are not UTF-8 text"),
                importWizard.filePage().getErrorMessage());
        assertFalse(importWizard.filePage().isPageComplete());

        choose(encoding, "Windows-1252 (Excel and Outlook on Windows)");
        spinUntil(() -> importWizard.filePage().isPageComplete(), () -> "the chosen Windows-1252 reads the file: "
                + importWizard.filePage().getErrorMessage());
        assertFalse(importWizard.filePage().foundText().contains("Encoding detected"), "chosen, not detected");
        wizard.press("Next >");
        wizard.press("Next >");
        spinUntil(() -> importWizard.previewPage().isPageComplete(), () -> "the preview is done");
        List<List<String>> planned = WizardDriver.rows(importWizard.previewPage().plannedTable());
        assertTrue(planned.toString().contains("Jürgen " + people.lastName("müller")), planned.toString());
    }

    private static void choose(Combo combo, String item) {
        combo.select(Arrays.asList(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void fileImportAndExportListTheWizardsUnderRapport() throws Exception {
        List<String> file = new MenuBar(UiTestSupport.window().getShell()).items("File");
        assertTrue(file.contains("Import...") && file.contains("Export..."), "File menu: " + file);
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWizardDescriptor importer = workbench.getImportWizardRegistry().findWizard(ContactsUi.IMPORT_WIZARD_ID);
        IWizardDescriptor exporter = workbench.getExportWizardRegistry().findWizard(ContactsUi.EXPORT_WIZARD_ID);
        assertEquals("Rapport", importer.getCategory().getLabel());
        assertEquals("Contacts from CSV or vCard", importer.getLabel());
        assertEquals("Rapport", exporter.getCategory().getLabel());
        assertEquals("Contacts to vCard or CSV", exporter.getLabel());
    }

    private String row(String first, String last, String birthday, String user, String phone) {
        String family = people.lastName(last);
        return String.join(",", first + " " + family, first, "", family, birthday, "", "* myContacts", "* Work",
                user.contains("-") ? user : email(user), phone.isEmpty() ? "" : "Mobile", phone) + "\n";
    }

    private String email(String user) {
        return user + "@" + people.family + ".example";
    }

    private String name(String last, String first) {
        return people.lastName(last) + ", " + first;
    }

    private static List<String> row(Table table, String column) {
        return WizardDriver.rows(table).stream().filter(r -> r.get(0).equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for column " + column));
    }
}
