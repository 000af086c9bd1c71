package org.rapport.loyalty.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.ImportProblem;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.TransactionImport;
import org.rapport.loyalty.internal.FakePeople;
import org.rapport.loyalty.internal.TestLoyalty;

/** The POS/ERP import: every bad row reported with line and reason, nothing half-applied, idempotent re-runs. */
class TransactionImportTest {

    @TempDir
    Path folder;
    TestLoyalty shop;
    FakePeople people = new FakePeople();
    TransactionImport importer;

    @BeforeEach
    void open() {
        shop = new TestLoyalty(folder.resolve("ws"), 0, 12);
        shop.enroll(people.add(1, "Ada", "ada@example.org"), "2025-01-01");
        shop.enroll(people.add(2, "Grace", "grace@example.org"), "2025-01-01");
        people.add(3, "Not enrolled", "linus@example.org");
        importer = shop.loyalty.transactions(people);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private ImportReport importText(String text) throws Exception {
        Path file = folder.resolve("pos.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return importer.importFile(shop.program.id(), file, null);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndReasonAndTheGoodOnesApplied() throws Exception {
        ImportReport report = importText("""
                date,email,amount,currency,reference,type,refunds
                2025-01-10,ada@example.org,100,EUR,A1,purchase,
                2025-01-11,nobody@example.org,10,EUR,A2,purchase,
                2025-01-12,ada@example.org,10,USD,A3,purchase,
                2025-01-13,ada@example.org,-5,EUR,A4,purchase,
                2025-01-14,ada@example.org,ten,EUR,A5,purchase,
                2025-01-15,grace@example.org,20,EUR,A1,purchase,
                2025-01-16,ada@example.org,5,EUR,A6,refund,NOPE
                2025-13-01,ada@example.org,5,EUR,A7,purchase,
                2025-01-17,linus@example.org,5,EUR,A8,purchase,
                2025-01-18,ada@example.org,40,EUR,A9,refund,A1
                """);
        assertEquals(2, report.applied());
        assertEquals(8, report.rejected());
        List<String> problems = report.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(problems.contains("line 3: unknown member nobody@example.org"), problems.toString());
        assertTrue(problems.contains("line 4: wrong currency USD (Shop is in EUR)"), problems.toString());
        assertTrue(problems.contains("line 5: negative amount -5"), problems.toString());
        assertTrue(problems.contains("line 6: non-numeric amount 'ten'"), problems.toString());
        assertTrue(problems.contains("line 7: reference A1 reused by another transaction (line 2)"), problems.toString());
        assertTrue(problems.contains("line 8: refund of unknown purchase NOPE"), problems.toString());
        assertTrue(problems.contains("line 9: bad date '2025-13-01' (expected YYYY-MM-DD)"), problems.toString());
        assertTrue(problems.contains("line 10: linus@example.org is not a member of Shop"), problems.toString());
        Statement ada = shop.ledger().statement(shop.program.id(), 1, LocalDate.of(2025, 1, 20));
        assertEquals(60, ada.available(), "100 earned, 40 cancelled by the refund");
        assertEquals(0, shop.ledger().statement(shop.program.id(), 2, LocalDate.of(2025, 1, 20)).available(),
                "Grace's row reused Ada's reference and earned nothing");
        List<String> reportLines = Files.readAllLines(report.reportFile(), StandardCharsets.UTF_8);
        assertEquals(folder.resolve("pos.csv.import-report.csv"), report.reportFile());
        assertEquals(9, reportLines.size(), "the header and the 8 rejected rows");
        assertTrue(reportLines.get(2).startsWith("4,A3,wrong currency USD"), reportLines.get(2));
    }

    @Test
    void aReRunAppliesNothingTwiceAndAReusedReferenceFromAnEarlierRunIsRejected() throws Exception {
        String text = "date,email,amount,currency,reference,type,refunds\n2025-01-10,ada@example.org,100,EUR,B1,purchase,\n";
        assertEquals(1, importText(text).applied());
        ImportReport again = importText(text);
        assertEquals(0, again.applied());
        assertEquals(1, again.alreadyImported());
        ImportReport changed = importText(text.replace(",100,", ",120,"));
        assertEquals(1, changed.rejected());
        assertEquals("reference B1 reused by another transaction", changed.problems().get(0).reason());
        assertEquals(100, shop.ledger().statement(shop.program.id(), 1, LocalDate.of(2025, 1, 10)).available());
    }

    @Test
    void aFileWithAnotherHeaderIsRefusedBeforeAnythingIsApplied() {
        assertThrows(LoyaltyException.class, () -> importText("date,email,amount,currency,reference,type\n"
                + "2025-01-10,ada@example.org,100,EUR,C1,purchase\n"));
        assertEquals(0, shop.ledger().ledger(shop.program.id(), 1, 0, 10).total());
    }

    @Test
    void aLargeFileIsAppliedInChunksAndRowsOfDifferentChunksSeeEachOther() throws Exception {
        StringBuilder csv = new StringBuilder(TransactionImport.HEADER).append('\n');
        int rows = CsvTransactionImport.CHUNK * 2 + 17;
        for (int i = 0; i < rows; i++) {
            csv.append("2025-02-01,grace@example.org,1.99,EUR,G").append(i).append(",purchase,\n");
        }
        csv.append("2025-02-02,grace@example.org,1.99,EUR,GR,refund,G0\n");
        ImportReport report = importText(csv.toString());
        assertEquals(rows + 1, report.applied(), report.problems().toString());
        Statement grace = shop.ledger().statement(shop.program.id(), 2, LocalDate.of(2025, 2, 2));
        // 500 rows at x1 (1 point) reach Silver; 750 rows at x1.5 (2 points) reach Gold; 767 rows at x2 (3 points)
        assertEquals(500 + 1500 + 767 * 3, grace.lifetime().earned(), "each row earned at the tier it found");
        assertEquals("Gold", grace.tier());
        assertEquals(500 + 1500 + 767 * 3 - 1, grace.available(), "the first purchase (1 point) refunded");
    }

    @Test
    void twoImportsOfTheSameFileAtOnceApplyEachTransactionOnce() throws Exception {
        StringBuilder csv = new StringBuilder(TransactionImport.HEADER).append('\n');
        int rows = CsvTransactionImport.CHUNK * 3;
        for (int i = 0; i < rows; i++) {
            csv.append("2025-03-01,").append(i % 2 == 0 ? "ada" : "grace").append("@example.org,1,EUR,P").append(i)
                    .append(",purchase,\n");
        }
        Path file = folder.resolve("twice.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<ImportReport> first = two.submit(() -> importer.importFile(shop.program.id(),
                    file, null));
            java.util.concurrent.Future<ImportReport> second = two.submit(() -> importer.importFile(shop.program.id(),
                    file, null));
            ImportReport a = first.get();
            ImportReport b = second.get();
            assertEquals(0, a.rejected() + b.rejected(), a.problems() + " " + b.problems());
            assertEquals(rows, a.applied() + b.applied(), "each transaction applied by one of the two");
            assertEquals(rows, a.alreadyImported() + b.alreadyImported(), "and found already imported by the other");
        } finally {
            two.shutdown();
        }
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertEquals(rows, shop.ledger().statement(shop.program.id(), 1, day).lifetime().earned()
                + shop.ledger().statement(shop.program.id(), 2, day).lifetime().earned(), "no purchase earned twice");
    }
}
