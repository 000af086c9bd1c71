package org.rapport.cli.internal;

import java.util.List;
import java.util.Map;

import org.rapport.persistence.DatabaseInfo;

/** {@code info}: versions, the database's kind, location and schema versions. */
final class InfoCommand implements Command {

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
        context.out().println(context.about().get());
        DatabaseInfo info = context.database().get().info();
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
