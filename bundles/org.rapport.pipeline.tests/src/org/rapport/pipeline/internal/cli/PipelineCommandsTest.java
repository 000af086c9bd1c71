package org.rapport.pipeline.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.PersonRef;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.pipeline.Opportunity;
import org.rapport.pipeline.OpportunityQuery;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.StandalonePipeline;
import org.rapport.testing.TestDatabases;

/**
 * rapport-cli export opportunities and report forecast as a script sees them, on the pipeline services of a database
 * of their own.
 */
class PipelineCommandsTest {

    @TempDir
    Path temp;
    private StandalonePipeline pipeline;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        pipeline = StandalonePipeline.on(TestDatabases.create(temp.resolve("workspace")));
        Pipeline newBusiness = pipeline.pipelines().pipelines().get(0);
        deal(newBusiness, "Fleet \"XL\", phase 1", "Proposal", "20000", "anna", LocalDate.of(2026, 3, 10));
        deal(newBusiness, "Pilot", "Lead", "10000", "ben", LocalDate.of(2026, 4, 2));
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    private void deal(Pipeline p, String title, String stage, String amount, String owner, LocalDate close) {
        Opportunity o = new Opportunity(title, p.stages().stream().filter(s -> s.name().equals(stage)).findFirst().orElseThrow().id());
        o.setPerson(new PersonRef(7, "Ada Lovelace"));
        o.setAmount(new BigDecimal(amount));
        o.setOwner(owner);
        o.setExpectedClose(close);
        pipeline.opportunities().save(o);
    }

    private int run(CliCommand command, String... args) {
        CliContext context = CliContext.of(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return command.run(List.of(args), context).code();
        } catch (UsageException e) {
            err.writeBytes(e.getMessage().getBytes(StandardCharsets.UTF_8));
            return ExitCode.USAGE.code();
        }
    }

    private ExportOpportunitiesCommand export() {
        return new ExportOpportunitiesCommand(pipeline.pipelines(), pipeline.opportunities());
    }

    @Test
    void exportWritesEveryOpportunityAsQuotedCsv() throws Exception {
        Path file = temp.resolve("deals.csv");

        assertEquals(0, run(export(), file.toString(), "--pipeline", "new business"),
                err.toString(StandardCharsets.UTF_8));

        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", ExportOpportunitiesCommand.COLUMNS), lines.get(0));
        assertEquals(3, lines.size());
        String first = lines.get(1).substring(lines.get(1).indexOf(',') + 1);
        assertTrue(first.startsWith("\"Fleet \"\"XL\"\", phase 1\",7,Ada Lovelace,,,New business,Proposal,open,"
                + "20000.00,EUR,50,10000.00,2026-03-10,anna,"), first);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Exported 2 opportunities to " + file));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreExportedAsTextAndTheDealKeepsItsValues() throws Exception {
        Pipeline newBusiness = pipeline.pipelines().pipelines().get(0);
        deal(newBusiness, "=HYPERLINK(\"http://evil.example\",\"click\")", "Lead", "500", "@mallory", LocalDate.of(2026, 5, 1));
        Path file = temp.resolve("deals.csv");

        assertEquals(0, run(export(), file.toString()), err.toString(StandardCharsets.UTF_8));

        String row = Files.readAllLines(file).stream().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), row);
        assertTrue(row.contains(",'@mallory,"), row);
        assertTrue(row.contains(",500.00,EUR,"), "amounts stay numbers: " + row);
        assertTrue(pipeline.opportunities().page(OpportunityQuery.ALL, 0, 10).stream()
                .anyMatch(o -> o.title().equals("=HYPERLINK(\"http://evil.example\",\"click\")") && o.owner().equals("@mallory")),
                "the stored values are unchanged");

        ReportForecastCommand report = new ReportForecastCommand(pipeline.pipelines(), pipeline.forecasts(), () -> YearMonth.of(2026, 3));
        out.reset();
        assertEquals(0, run(report, "--to", "2026-05", "--by", "owner"));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("'@mallory\tEUR\t1\t")),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportRefusesAnUnknownPipelineAndWritesNothing() {
        Path file = temp.resolve("none.csv");

        assertEquals(2, run(export(), file.toString(), "--pipeline", "Upsell"));

        assertTrue(err.toString(StandardCharsets.UTF_8).contains("there is no pipeline 'Upsell'; pipelines: New business, Renewals"));
        assertTrue(Files.notExists(file));
    }

    @Test
    void forecastReportPrintsTheWeightedFiguresByMonthAndByRep() {
        ReportForecastCommand report = new ReportForecastCommand(pipeline.pipelines(), pipeline.forecasts(), () -> YearMonth.of(2026, 3));

        assertEquals(0, run(report, "--to", "2026-04"), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("month\tcurrency\tdeals\tamount\tweighted\twon",
                "2026-03\tEUR\t1\t20000.00\t10000.00\t0.00",
                "2026-04\tEUR\t1\t10000.00\t1000.00\t0.00",
                "total\tEUR\t\t\t11000.00\t"), out.toString(StandardCharsets.UTF_8).lines().toList());

        out.reset();
        assertEquals(0, run(report, "--by", "owner", "--owner", "ben"));
        assertEquals("ben\tEUR\t1\t10000.00\t1000.00\t0.00", out.toString(StandardCharsets.UTF_8).lines().toList().get(1));

        assertEquals(2, run(report, "--from", "March"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from must be a month like 2026-03, not March"));
    }
}
