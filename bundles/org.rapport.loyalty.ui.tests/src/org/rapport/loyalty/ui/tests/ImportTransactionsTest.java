package org.rapport.loyalty.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.loyalty.LedgerService;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.TransactionImport;
import org.rapport.loyalty.ui.internal.imports.ImportResultDialog;
import org.rapport.loyalty.ui.internal.imports.TransactionsImportJob;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Importing purchases from a POS file in the workbench: a job, then the result with every rejected row. */
@ExtendWith(ScreenshotOnFailure.class)
class ImportTransactionsTest {

    @Test
    void importsInAJobAndShowsTheRejectedRowsWithLineAndReason(@TempDir Path folder) throws Exception {
        LoyaltyDriver.waitForDemoData();
        Program program = LoyaltyDriver.program("Import");
        Person buyer = new Person("Ivy", "Importer");
        String email = "ivy.importer." + System.nanoTime() + "@shop.example";
        buyer.getEmails().add(new EmailAddress("work", email));
        long personId = LoyaltyDriver.service(ContactService.class).save(buyer).getId();
        LocalDate day = LocalDate.now().minusDays(2);
        LoyaltyDriver.service(ProgramService.class).enroll(program.id(), personId, day);
        Path file = folder.resolve("pos.csv");
        Files.writeString(file, String.join("\n", TransactionImport.HEADER,
                day + "," + email + ",120.00,EUR,R-1,purchase,",
                day + ",nobody@nowhere.example,10.00,EUR,R-2,purchase,",
                day + "," + email + ",abc,EUR,R-3,purchase,",
                day + "," + email + ",5.00,USD,R-4,purchase,") + "\n");

        AtomicReference<String> summary = new AtomicReference<>();
        List<String[]> rejected = new ArrayList<>();
        UiTestSupport.whenShown(ImportResultDialog.TITLE, shell -> {
            ImportResultDialog dialog = (ImportResultDialog) shell.getData();
            summary.set(dialog.summaryText());
            if (dialog.problems() != null) {
                for (TableItem item : dialog.problems().getItems()) {
                    rejected.add(new String[] { item.getText(0), item.getText(1), item.getText(2) });
                }
            }
            UiTestSupport.press(shell, "Close");
        });
        TransactionsImportJob.start(UiTestSupport.window().getShell(),
                LoyaltyDriver.service(TransactionImport.class), program, file);
        LoyaltyDriver.jobsDone(TransactionsImportJob.FAMILY, "the import");
        UiTestSupport.spinUntil(() -> summary.get() != null, () -> "the result is shown");
        assertTrue(summary.get().contains("1 applied") && summary.get().contains("3 rejected"), summary.get());
        assertEquals(3, rejected.size(), "every rejected row is listed");
        assertEquals(List.of("3", "4", "5"), rejected.stream().map(r -> r[0]).toList(), "with its line");
        for (String[] row : rejected) {
            assertNotNull(row[2]);
            assertTrue(row[2].length() > 5, "with its reason: " + String.join(" | ", row));
        }
        assertEquals(120, LoyaltyDriver.service(LedgerService.class).statement(program.id(), personId,
                LocalDate.now()).available(), "the good row earned");
    }
}
