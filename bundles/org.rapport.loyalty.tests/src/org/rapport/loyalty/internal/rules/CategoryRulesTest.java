package org.rapport.loyalty.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.PersonRef;
import org.rapport.core.people.OrganizationRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.EntryType;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.LedgerEntry;
import org.rapport.loyalty.Purchase;
import org.rapport.loyalty.RuleDraft;
import org.rapport.loyalty.RuleSimulation;
import org.rapport.loyalty.internal.imports.CsvTransactionImport;

/** Category multipliers: on the ledger's earn, through the import's optional category column, and simulated. */
class CategoryRulesTest {

    @TempDir
    Path folder;
    TestRules test;
    long ada;

    @BeforeEach
    void open() {
        test = new TestRules(folder);
        ada = test.shop.enroll(1, "2025-01-01");
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long earn(String day, String amount, String category, String reference) {
        return test.ledger.earn(new Purchase(test.shop.id(), ada, LocalDate.parse(day), new BigDecimal(amount), "EUR",
                reference, category)).entry().points();
    }

    @Test
    void aCategoryRuleMultipliesWhatItsPurchasesEarnInsideItsDates() {
        test.rules.add(test.shop.id(), RuleDraft.category("Books count double", "Books", new BigDecimal("2"))
                .validBetween(null, LocalDate.parse("2025-06-30")));

        assertEquals(25, earn("2025-02-01", "12.70", "books", "A"), "⌊12.70 × 1 × 1 × 2⌋, the category ignoring case");
        assertEquals(12, earn("2025-02-01", "12.70", null, "B"), "no category");
        assertEquals(12, earn("2025-02-01", "12.70", "garden", "C"), "another category");
        assertEquals(500, earn("2025-02-02", "250", "BOOKS", "D"), "reaches Silver (549 earned) after this purchase");
        assertEquals(60, earn("2025-02-03", "20", "books", "E"), "⌊20 × 1.5 (Silver) × 2⌋");
        assertEquals(30, earn("2025-07-01", "20", "books", "F"), "after the rule's last day: Silver only");
    }

    @Test
    void theImportReadsTheOptionalCategoryColumn() throws Exception {
        test.rules.add(test.shop.id(), RuleDraft.category("Books count double", "books", new BigDecimal("2")));
        Path file = folder.resolve("pos.csv");
        Files.writeString(file, """
                date,email,amount,currency,reference,type,refunds,category
                2025-03-01,ada@example.com,10.00,EUR,P1,purchase,,books
                2025-03-01,ada@example.com,10.00,EUR,P2,purchase,,
                """);
        ImportReport report = new CsvTransactionImport(test.unit, test.events, new AdaOnly(ada)).importFile(
                test.shop.id(), file, new NullProgressMonitor());

        assertEquals(2, report.applied());
        assertEquals(List.of(20L, 10L), test.entries(ada, EntryType.EARN).stream().map(LedgerEntry::points).toList());
    }

    @Test
    void theSimulatorShowsWhatACategoryRuleWouldHaveAdded() {
        earn("2025-03-01", "100", "books", "A");
        earn("2025-03-05", "33.30", "Books", "B");
        earn("2025-03-06", "80", "garden", "C");

        RuleSimulation half = test.rules.simulate(test.shop.id(),
                RuleDraft.category("Books one and a half", "books", new BigDecimal("1.5")), LocalDate.parse("2025-03-31"), 31);

        assertEquals(2, half.awards());
        assertEquals(50 + 16, half.points(), "⌊100 × 1.5⌋ − 100 and ⌊33 × 1.5⌋ − 33");
    }

    /** The contacts domain's lookup as far as the import asks it: Ada by her email. */
    private record AdaOnly(long id) implements PersonLookup {
        @Override
        public List<PersonRef> find(String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<PersonRef> person(long personId) {
            return personId == id ? Optional.of(new PersonRef(id, "Ada")) : Optional.empty();
        }

        @Override
        public Optional<PersonRef> byEmail(String email) {
            return "ada@example.com".equalsIgnoreCase(email) ? Optional.of(new PersonRef(id, "Ada")) : Optional.empty();
        }

        @Override
        public Optional<PersonRef> byHandle(String network, String handle) {
            return Optional.empty();
        }

        @Override
        public List<OrganizationRef> organizations(String prefix, int limit) {
            return List.of();
        }
    }
}
