package org.rapport.cli.internal;

import java.nio.file.Path;
import java.util.List;

/** {@code backup DIR}: an online backup of the database into DIR. */
final class BackupCommand implements Command {

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
        Path copy = context.database().get().backup(Path.of(args.get(0)));
        context.out().println("Backup written to " + copy);
        return ExitCode.OK;
    }
}
