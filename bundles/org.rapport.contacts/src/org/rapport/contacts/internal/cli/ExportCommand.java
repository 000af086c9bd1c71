package org.rapport.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.io.ContactExporter;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactSelection;
import org.rapport.contacts.io.ExportResult;

/** {@code export FILE [--format vcard|csv] [--prefix TEXT]}: exports everyone, or those a list filter matches. */
final class ExportCommand implements Command {

    private final Function<Class<ContactExporter>, ContactExporter> services;

    ExportCommand() {
        this(ContactsServices::await);
    }

    ExportCommand(Function<Class<ContactExporter>, ContactExporter> services) {
        this.services = services;
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
        Options options = new Options(args, Set.of("--format", "--prefix"), Set.of());
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
            ExportResult result = services.apply(ContactExporter.class).export(ContactSelection.query(query), format,
                    file, new ConsoleProgress(context.err()));
            context.out().printf("Exported %,d people to %s (%s)%n", result.people(), result.file(), format.label());
            return ExitCode.OK;
        } catch (IOException e) {
            context.err().println("rapport-cli export: cannot write " + file + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }
}
