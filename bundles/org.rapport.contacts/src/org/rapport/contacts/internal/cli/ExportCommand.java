package org.rapport.contacts.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.io.ExportResult;
import org.rapport.core.cli.CliArguments;
import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;

/** {@code export FILE [--format vcard|csv] [--prefix TEXT]}: exports everyone, or those a list filter matches. */
@Component(service = CliCommand.class)
public class ExportCommand implements CliCommand {

    private final ContactExporter exporter;

    /** Used by DS; tests give the exporter of a database of their own. */
    @Activate
    public ExportCommand(@Reference ContactExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String arguments() {
        return "FILE [--format vcard|csv] [--prefix TEXT]";
    }

    @Override
    public String summary() {
        return "export people to vCard 4.0 or CSV (by the file's extension unless --format); --prefix filters like the"
                + " contacts list's filter box";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--format", "--prefix"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("needs exactly one file to write");
        }
        Path file = Path.of(options.positional().get(0));
        ContactFormat format;
        if (options.has("--format")) {
            format = ContactFormat.fromName(options.value("--format")).orElseThrow(() -> new UsageException(
                    "--format must be vcard or csv, not " + options.value("--format")));
        } else {
            format = ContactFormat.fromFileName(file.toString()).orElse(ContactFormat.VCARD);
        }
        ContactQuery query = ContactQuery.ALL.withPrefix(options.has("--prefix") ? options.value("--prefix") : "");
        try {
            ExportResult result = exporter.export(ContactSelection.query(query), format, file,
                    context.progress());
            context.out().printf("Exported %,d people to %s (%s)%n", result.people(), result.file(), format.label());
            return ExitCode.OK;
        } catch (IOException e) {
            context.err().println("rapport-cli export: cannot write " + file + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
