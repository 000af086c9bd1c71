package org.rapport.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseAdmin;

/** {@code restore DIR}: replaces the database with a backup, keeping the current one as a safety backup. */
final class RestoreCommand implements CliCommand {

    private final Supplier<DatabaseAdmin> database;

    /** @param database the database service; throws a {@code DatabaseException} when it is not available */
    RestoreCommand(Supplier<DatabaseAdmin> database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String arguments() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "replace the database with the backup in DIR (the current one is backed up first; close Rapport before)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("needs exactly one argument, the folder a backup was written into");
        }
        Path safety = database.get().restore(Path.of(args.get(0)));
        context.out().println("Database restored from " + args.get(0));
        if (safety != null) {
            context.out().println("The database as it was before is kept in " + safety);
        }
        return ExitCode.OK;
    }
}
