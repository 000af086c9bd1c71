package org.rapport.loyalty.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.loyalty.RuleKind;
import org.rapport.loyalty.internal.cli.LoyaltyRuleCommand;
import org.rapport.loyalty.internal.cli.LoyaltyRulesCommand;
import org.rapport.loyalty.internal.cli.LoyaltySimulateCommand;

/** {@code loyalty rule}, {@code loyalty rules} and {@code loyalty simulate}, run as rapport-cli runs them. */
class RuleCommandsTest {

    @TempDir
    Path folder;
    TestRules test;
    String out;
    String err;

    @BeforeEach
    void open() {
        test = new TestRules(folder);
        test.shop.enroll(1, "2025-01-01");
    }

    @AfterEach
    void close() {
        test.close();
    }

    private ExitCode run(CliCommand command, String... args) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        ExitCode code = command.run(Arrays.asList(args), CliContext.of(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8)));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void rulesAreAddedListedAndSimulatedFromTheCommandLine() throws Exception {
        LoyaltyRuleCommand add = new LoyaltyRuleCommand(test.programs, test.rules);
        assertEquals(ExitCode.OK, run(add, "Shop", "deal-won", "Won deal", "--points", "100", "--per-unit", "0.01",
                "--from", "2026-01-01"), err);
        assertEquals(ExitCode.OK, run(add, "Shop", "category", "Books count double", "--category", "books",
                "--multiplier", "2"), err);
        assertEquals(ExitCode.FAILED, run(add, "Shop", "birthday", "Nothing"));
        assertEquals("rapport-cli loyalty rule: The bonus gives no points: set the points.\n", err);
        assertThrows(UsageException.class, () -> run(add, "Shop", "lottery", "Win"));

        assertEquals(ExitCode.OK, run(new LoyaltyRulesCommand(test.programs, test.rules), "shop"));
        String[] lines = out.split("\n");
        assertEquals("id\tkind\tname\tgives\tvalid\tsegment\tstate", lines[0]);
        assertTrue(lines[1].matches("\\d+\tcategory\tBooks count double\tbooks x2\t..\t\tactive"), lines[1]);
        assertTrue(lines[2].matches("\\d+\tdeal-won\tWon deal\t100 points \\+ 0.01 per unit\t2026-01-01..\t\tactive"),
                lines[2]);

        test.rules.onEvent(RuleKind.SATISFIED_CASE, 1, "5", null, null, LocalDate.parse("2026-03-10"));
        LoyaltySimulateCommand simulate = new LoyaltySimulateCommand(test.programs, test.rules,
                Clock.fixed(Instant.parse("2026-03-31T10:00:00Z"), ZoneOffset.UTC));
        assertEquals(ExitCode.OK, run(simulate, "Shop", "satisfied-case", "--points", "250"), err);
        assertTrue(out.startsWith("Shop from 2026-03-02 to 2026-03-31: 1 awards to 1 members, 250 points\n"), out);
        assertTrue(out.contains("2026-03-10\t1\t250\tSimulated satisfied-case (satisfied complaint, case 5)"), out);
        assertEquals(ExitCode.OK, run(simulate, "Shop", "satisfied-case", "--points", "250", "--days", "5"), err);
        assertTrue(out.contains(": 0 awards to 0 members, 0 points"), out);
        assertEquals(0, test.ledger.statement(test.shop.id(), 1, LocalDate.parse("2026-03-31")).available(),
                "simulating wrote nothing");
        assertEquals(new BigDecimal("2"), test.rules.rules(test.shop.id()).get(0).multiplier().stripTrailingZeros());
    }
}
