package org.rapport.loyalty.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.loyalty.ImportProblem;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.TransactionImport;

/**
 * {@code loyalty import PROGRAM FILE}: imports purchases and refunds from a CSV file; prints how many rows were
 * applied, already imported and rejected, then each rejected row with its line and reason. Exit 0 when the file was
 * read (even with rejected rows), 6 when it cannot be read or has another header.
 */
@Component(service = CliCommand.class)
public class LoyaltyImportCommand implements CliCommand {

    private final ProgramService programs;
    private final TransactionImport transactions;

    @Activate
    public LoyaltyImportCommand(@Reference ProgramService programs, @Reference TransactionImport transactions) {
        this.programs = programs;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "loyalty import";
    }

    @Override
    public String arguments() {
        return "PROGRAM FILE";
    }

    @Override
    public String summary() {
        return "import purchases and refunds (CSV: " + TransactionImport.HEADER + "); rejected rows with line and reason";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of(), Set.of());
        if (options.positional().size() != 2) {
            throw new UsageException("needs PROGRAM and FILE");
        }
        Path file = Path.of(options.positional().get(1));
        long programId;
        try {
            programId = LoyaltyCliSupport.program(programs, options.positional().get(0)).id();
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty import: " + e.getMessage());
            return ExitCode.FAILED;
        }
        if (!Files.isReadable(file)) {
            context.err().println("rapport-cli loyalty import: cannot read " + file);
            return ExitCode.INPUT_UNREADABLE;
        }
        ImportReport report;
        try {
            report = transactions.importFile(programId, file, context.progress());
        } catch (LoyaltyException e) {
            context.err().println("rapport-cli loyalty import: " + e.getMessage());
            return ExitCode.INPUT_UNREADABLE;
        }
        context.out().printf("Imported %s: %d applied, %d already imported, %d rejected%n", file, report.applied(),
                report.alreadyImported(), report.rejected());
        for (ImportProblem problem : report.problems()) {
            context.out().println("rejected: " + problem);
        }
        if (report.rejected() > report.problems().size()) {
            context.out().println("(every rejected row is in " + report.reportFile() + ")");
        }
        return ExitCode.OK;
    }
}
