package org.rapport.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseAdmin;

/** {@code backup DIR}: an online backup of the database into DIR. */
final class BackupCommand implements CliCommand {

    private final Supplier<DatabaseAdmin> database;

    /** @param database the database service; throws a {@code DatabaseException} when it is not available */
    BackupCommand(Supplier<DatabaseAdmin> database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String arguments() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "write a backup of the database into DIR (created if needed)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("needs exactly one argument, the folder to write the backup into");
        }
        Path copy = database.get().backup(Path.of(args.get(0)));
        context.out().println("Backup written to " + copy);
        return ExitCode.OK;
    }
}
