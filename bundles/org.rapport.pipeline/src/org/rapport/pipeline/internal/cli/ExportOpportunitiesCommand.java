package org.rapport.pipeline.internal.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.SpreadsheetCells;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.pipeline.OpportunityQuery;
import org.rapport.pipeline.OpportunityService;
import org.rapport.pipeline.OpportunitySort;
import org.rapport.pipeline.OpportunityStatus;
import org.rapport.pipeline.OpportunitySummary;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;

/**
 * {@code export opportunities FILE [--pipeline NAME] [--owner USER] [--status open|won|lost]}: the opportunities as
 * CSV (UTF-8, a header row), read a page at a time and written to a temporary file that replaces FILE only when
 * complete, so a failed export never leaves half a file. Cells a spreadsheet would run as formulas (a title such as
 * {@code =HYPERLINK(...)}) are written as text ({@link SpreadsheetCells}).
 */
@Component(service = CliCommand.class)
public class ExportOpportunitiesCommand implements CliCommand {

    static final List<String> COLUMNS = List.of("id", "title", "person_id", "person", "organization_id", "organization",
            "pipeline", "stage", "status", "amount", "currency", "probability", "weighted_amount", "expected_close", "owner",
            "next_step");
    private static final int PAGE = 2_000;

    private final PipelineService pipelines;
    private final OpportunityService opportunities;

    /** Used by DS; tests give the services of a database of their own. */
    @Activate
    public ExportOpportunitiesCommand(@Reference PipelineService pipelines, @Reference OpportunityService opportunities) {
        this.pipelines = pipelines;
        this.opportunities = opportunities;
    }

    @Override
    public String name() {
        return "export opportunities";
    }

    @Override
    public String arguments() {
        return "FILE [--pipeline NAME] [--owner USER] [--status open|won|lost]";
    }

    @Override
    public String summary() {
        return "export opportunities to CSV, optionally of one pipeline, rep or status";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--pipeline", "--owner", "--status"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs exactly one file to write");
        }
        Path file = Path.of(options.positional().get(0)).toAbsolutePath();
        OpportunityQuery query = OpportunityQuery.ALL.sortedBy(OpportunitySort.UPDATED, false);
        if (options.has("--pipeline")) {
            query = query.inPipeline(PipelineNames.find(pipelines, options.value("--pipeline")).id());
        }
        if (options.has("--owner")) {
            query = query.ownedBy(options.value("--owner"));
        }
        if (options.has("--status")) {
            query = new OpportunityQuery(query.pipelineId(), query.owner(), query.personId(), Set.of(status(options.value("--status"))),
                    "", query.sort(), false);
        }
        Map<Long, String> pipelineNames = new HashMap<>();
        for (Pipeline p : pipelines.pipelines()) {
            pipelineNames.put(p.id(), p.name());
        }
        Path temp = null;
        try {
            Path folder = file.getParent();
            temp = Files.createTempFile(folder, file.getFileName().toString(), ".part");
            int rows = write(query, pipelineNames, temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            context.out().printf("Exported %,d opportunities to %s%n", rows, file);
            return ExitCode.OK;
        } catch (IOException e) {
            context.err().println("rapport-cli export opportunities: cannot write " + file + ": " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the .part file stays; it is named after the export
                }
            }
        }
    }

    private static OpportunityStatus status(String text) throws UsageException {
        try {
            return OpportunityStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--status must be open, won or lost, not " + text);
        }
    }

    private int write(OpportunityQuery query, Map<Long, String> pipelineNames, Path file) throws IOException {
        int rows = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            // the query sorts by last change then id; paging by offset is consistent while nobody writes
            for (int offset = 0;; offset += PAGE) {
                List<OpportunitySummary> page = opportunities.page(query, offset, PAGE);
                for (OpportunitySummary o : page) {
                    csv.printRecord(Stream.of(o.id(), o.title(), o.personId(), o.personName(), o.organizationId(),
                            o.organizationName(), pipelineNames.getOrDefault(o.pipelineId(), ""), o.stageName(),
                            o.status().name().toLowerCase(Locale.ROOT), o.amount().toPlainString(), o.currency(),
                            o.probability(), o.weightedAmount().toPlainString(), o.expectedClose(), o.owner(), o.nextStep())
                            .map(SpreadsheetCells::safe));
                    rows++;
                }
                if (page.size() < PAGE) {
                    return rows;
                }
            }
        }
    }
}
