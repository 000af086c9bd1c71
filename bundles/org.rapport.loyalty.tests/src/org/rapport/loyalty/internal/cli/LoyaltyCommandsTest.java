package org.rapport.loyalty.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.loyalty.StandaloneLoyalty;
import org.rapport.loyalty.internal.FakePeople;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/** The command forms, run as rapport-cli runs them, on a database in a temp folder. */
class LoyaltyCommandsTest {

    @TempDir
    Path folder;
    StandaloneDatabase database;
    StandaloneLoyalty loyalty;
    FakePeople people = new FakePeople();
    Clock clock = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);
    String out;
    String err;

    @BeforeEach
    void open() {
        database = TestDatabases.create(folder.resolve("ws"));
        loyalty = StandaloneLoyalty.on(database);
        people.add(1, "Ada Lovelace", "ada@example.org");
        people.add(2, "Grace Hopper", "grace@example.org");
    }

    @AfterEach
    void close() {
        loyalty.close();
        database.close();
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
    void aProgramIsRunFromTheCommandLineAsOfTheDaysGiven() throws Exception {
        LoyaltyProgramCommand program = new LoyaltyProgramCommand(loyalty.programs());
        assertEquals(ExitCode.OK, run(program, "create", "Rapport Rewards", "--currency", "EUR", "--points-per-unit", "1",
                "--pending-days", "14", "--expiry-months", "12", "--tier", "Silver:500:1.5", "--tier", "Gold:2000:2"), err);
        assertTrue(out.contains("Member (0, x1), Silver (500, x1.5), Gold (2000, x2)"), out);
        assertEquals(ExitCode.OK, run(new LoyaltyRewardCommand(loyalty.programs()), "add", "Rapport Rewards", "MUG", "300",
                "--name", "Rapport mug", "--stock", "1"), err);
        LoyaltyEnrollCommand enroll = new LoyaltyEnrollCommand(loyalty.programs(), loyalty.ledger(), people, clock);
        assertEquals(ExitCode.OK, run(enroll, "Rapport Rewards", "ada@example.org", "--at", "2025-01-01"), err);
        assertEquals(ExitCode.OK, run(enroll, "Rapport Rewards", "grace@example.org"), err);
        assertTrue(out.contains("since 2025-06-15"), "today by the clock without --at: " + out);
        assertEquals(ExitCode.FAILED, run(enroll, "Rapport Rewards", "nobody@example.org"));
        assertTrue(err.contains("no contact with the email nobody@example.org"), err);

        Path csv = folder.resolve("pos.csv");
        Files.writeString(csv, """
                date,email,amount,currency,reference,type,refunds
                2025-01-10,ada@example.org,400.50,EUR,T1,purchase,
                2025-02-10,ada@example.org,200,EUR,T2,purchase,
                2025-02-11,ada@example.org,100,EUR,T3,refund,T2
                2025-02-12,grace@example.org,50,USD,T4,purchase,
                """);
        LoyaltyImportCommand importer = new LoyaltyImportCommand(loyalty.programs(), loyalty.transactions(people));
        assertEquals(ExitCode.OK, run(importer, "Rapport Rewards", csv.toString()), err);
        assertTrue(out.contains("3 applied, 0 already imported, 1 rejected"), out);
        assertTrue(out.contains("rejected: line 5: wrong currency USD"), out);
        assertEquals(ExitCode.OK, run(importer, "Rapport Rewards", csv.toString()), err);
        assertTrue(out.contains("0 applied, 3 already imported, 1 rejected"), "a re-run applies nothing again: " + out);

        LoyaltyStatementCommand statement = new LoyaltyStatementCommand(loyalty.programs(), loyalty.ledger(), people, clock);
        assertEquals(ExitCode.OK, run(statement, "Rapport Rewards", "ada@example.org", "--at", "2025-02-20", "--format",
                "json"), err);
        // 400 + 200 (reaching Silver at 600) - 100 (half of T2 refunded); T2 is pending until 02-24
        assertEquals("{\"available\": 400, \"pending\": 100, \"tier\": \"Silver\", \"earned12m\": 500, \"expiring\": "
                + "[{\"points\": 400, \"date\": \"2026-01-31\"}, {\"points\": 100, \"date\": \"2026-02-28\"}], "
                + "\"lifetime\": {\"earned\": 600, \"redeemed\": 0, \"expired\": 0, \"cancelled\": 100}}", out.strip());
        assertEquals(ExitCode.OK, run(statement, "Rapport Rewards", "ada@example.org", "--at", "2025-02-20"), err);
        assertTrue(out.contains("Tier:      Silver (500 points earned in 12 months; 1500 more for Gold)"), out);

        LoyaltyRedeemCommand redeem = new LoyaltyRedeemCommand(loyalty.programs(), loyalty.ledger(), people, clock);
        assertEquals(ExitCode.OK, run(redeem, "Rapport Rewards", "ada@example.org", "MUG", "--at", "2025-02-20"), err);
        assertEquals(ExitCode.FAILED, run(redeem, "Rapport Rewards", "ada@example.org", "MUG", "--at", "2025-02-20"));
        assertTrue(err.contains("refused: reward MUG is out of stock"), err);

        LoyaltyExpireCommand expire = new LoyaltyExpireCommand(loyalty.programs(), loyalty.ledger(), clock);
        assertEquals(ExitCode.OK, run(expire, "Rapport Rewards", "--at", "2026-02-01"), err);
        assertTrue(out.contains("Expired 100 points of 1 lots of 1 members"), out);
        assertEquals(ExitCode.OK, run(statement, "Rapport Rewards", "ada@example.org", "--at", "2026-02-01", "--format",
                "json"), err);
        assertTrue(out.contains("\"available\": 100"), "the February lot is left: " + out);
        assertTrue(out.contains("\"lifetime\": {\"earned\": 600, \"redeemed\": 300, \"expired\": 100, \"cancelled\": 100}"),
                out);
        assertEquals(ExitCode.OK, run(new LoyaltyReviewCommand(loyalty.programs(), loyalty.ledger(), clock),
                "Rapport Rewards", "--at", "2026-02-01"), err);
        assertTrue(out.contains("1 moved down one tier"), out);
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        LoyaltyProgramCommand program = new LoyaltyProgramCommand(loyalty.programs());
        org.junit.jupiter.api.Assertions.assertThrows(org.rapport.core.cli.UsageException.class,
                () -> run(program, "create", "X", "--currency", "EUR"));
        org.junit.jupiter.api.Assertions.assertThrows(org.rapport.core.cli.UsageException.class,
                () -> run(program, "create", "X", "--currency", "EUR", "--points-per-unit", "1", "--tier", "Gold"));
        LoyaltyStatementCommand statement = new LoyaltyStatementCommand(loyalty.programs(), loyalty.ledger(), people, clock);
        org.junit.jupiter.api.Assertions.assertThrows(org.rapport.core.cli.UsageException.class,
                () -> run(statement, "P", "ada@example.org", "--at", "15.06.2025"));
        assertTrue(List.of("text", "json").size() == 2);
    }
}
