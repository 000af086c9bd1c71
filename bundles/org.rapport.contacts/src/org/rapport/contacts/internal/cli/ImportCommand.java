package org.rapport.contacts.internal.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactImporter;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.MappingPreset;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/**
 * {@code import FILE [--format csv|vcard] [--encoding E] [--mapping default|google|outlook] [--date-format P]
 * [--dry-run] [--report FILE]}: imports people, printing what was created, updated and rejected.
 */
@Component(service = CliCommand.class)
public class ImportCommand implements CliCommand {

    private static final int PROBLEMS_SHOWN = 20;
    private final ContactImporter importer;

    /** Used by DS; tests give the importer of a database of their own. */
    @Activate
    public ImportCommand(@Reference ContactImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String arguments() {
        return "FILE [--format csv|vcard] [--encoding UTF-8|windows-1252 (default: detected)] [--mapping default|google|outlook]"
                + " [--date-format PATTERN] [--dry-run] [--report FILE]";
    }

    @Override
    public String summary() {
        return "import people from a CSV or vCard file (existing people matched by email or social handle are"
                + " updated); --dry-run only says what would happen";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--format", "--encoding", "--mapping", "--date-format", "--report"),
                Set.of("--dry-run"));
        if (options.positional().size() != 1) {
            throw new UsageException("needs exactly one file to import");
        }
        Path file = Path.of(options.positional().get(0));
        ImportSettings settings = settings(options);
        boolean dryRun = options.has("--dry-run");
        ImportResult result;
        try {
            IProgressMonitor progress = context.progress();
            result = dryRun ? importer.preview(file, settings, progress) : importer.importFile(file, settings, progress);
        } catch (ImportException e) {
            context.err().println("rapport-cli import: " + e.getMessage());
            return e.reason() == ImportException.Reason.SETTINGS ? ExitCode.USAGE : ExitCode.INPUT_UNREADABLE;
        }
        print(result, context);
        if (result.rows() > 0 && result.imported() == 0 && result.unchanged() == 0 && result.alreadyImported() == 0) {
            context.err().println("rapport-cli import: nothing was imported: all " + result.rejected() + " rows were"
                    + " rejected" + (result.report() == null ? "" : "; see " + result.report()));
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private static ImportSettings settings(CliArguments options) throws UsageException {
        ImportSettings settings = ImportSettings.defaults();
        if (options.has("--format")) {
            settings = settings.withFormat(ContactFormat.fromName(options.value("--format"))
                    .orElseThrow(() -> new UsageException("--format must be csv or vcard, not " + options.value("--format"))));
        }
        if (options.has("--encoding")) {
            try {
                settings = settings.withEncoding(Charset.forName(options.value("--encoding")));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UsageException("unknown encoding " + options.value("--encoding") + "; use UTF-8 or windows-1252");
            }
        }
        if (options.has("--mapping")) {
            String mapping = options.value("--mapping").toUpperCase(Locale.ROOT);
            try {
                settings = settings.withPreset(MappingPreset.valueOf(mapping));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--mapping must be default, google or outlook, not " + options.value("--mapping"));
            }
        }
        if (options.has("--date-format")) {
            settings = settings.withDatePatterns(List.of(options.value("--date-format")));
        }
        if (options.has("--report")) {
            settings = settings.withReportFile(Path.of(options.value("--report")));
        }
        return settings;
    }

    private static void print(ImportResult result, CliContext context) {
        String what = result.dryRun() ? "Would import" : result.cancelled() ? "Partly imported" : "Imported";
        context.out().println(what + " " + result.file().getFileName() + " (" + result.format().label() + "):");
        if (!result.encodingNote().isEmpty()) {
            context.out().println("  encoding:  " + result.encodingNote());
        }
        context.out().printf("  created:   %,d%n", result.created());
        context.out().printf("  updated:   %,d%n", result.updated());
        context.out().printf("  unchanged: %,d%n", result.unchanged());
        context.out().printf("  rejected:  %,d%n", result.rejected());
        if (result.alreadyImported() > 0) {
            context.out().printf("  already imported by an earlier run: %,d%n", result.alreadyImported());
        }
        if (result.valuesSkipped() > 0) {
            context.out().printf("  values left out: %,d%n", result.valuesSkipped());
        }
        if (result.report() != null) {
            context.out().println("Report: " + result.report());
        }
        List<ImportProblem> problems = result.problems();
        for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) {
            context.err().println("  " + problems.get(i));
        }
        if (result.problemCount() > PROBLEMS_SHOWN) {
            context.err().printf("  ... and %,d more problems in the report%n", result.problemCount() - PROBLEMS_SHOWN);
        }
    }
}
