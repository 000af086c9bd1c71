package org.rapport.cli.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.rapport.core.cli.CliCommand;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.ExitCode;
import org.rapport.core.cli.UsageException;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DatabaseInfo;

/** {@code info}: versions, the database's kind, location and schema versions. */
final class InfoCommand implements CliCommand {

    private final Supplier<DatabaseAdmin> database;
    private final Supplier<String> about;

    /**
     * @param database the database service; throws a {@code DatabaseException} when it is not available
     * @param about    product, version and runtime lines
     */
    InfoCommand(Supplier<DatabaseAdmin> database, Supplier<String> about) {
        this.database = database;
        this.about = about;
    }

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "print versions, the database location and its schema versions";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments, got " + args);
        }
        context.out().println(about.get());
        DatabaseInfo info = database.get().info();
        context.out().println("Database: " + info.kind().label());
        context.out().println("Database location: " + info.location());
        if (!info.exists()) {
            context.out().println("Database state: not created yet (created on the first start of Rapport)");
            return ExitCode.OK;
        }
        context.out().println("Database engine: " + info.engine());
        if (info.schemaVersions().isEmpty()) {
            context.out().println("Schema versions: none recorded yet");
        }
        for (Map.Entry<String, Integer> unit : info.schemaVersions().entrySet()) {
            context.out().println("Schema version: " + unit.getKey() + " " + unit.getValue());
        }
        return ExitCode.OK;
    }
}
