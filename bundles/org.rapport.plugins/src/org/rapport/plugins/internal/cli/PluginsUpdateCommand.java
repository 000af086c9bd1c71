package org.rapport.plugins.internal.cli;

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
import org.rapport.plugins.PluginService;

/**
 * {@code rapport-cli plugins update}: updates Rapport and its plugins from the update site and the plugins' sites;
 * the update is active from the next start (the database is upgraded then, after a backup).
 */
@Component(service = CliCommand.class)
public class PluginsUpdateCommand implements CliCommand {

    private final PluginService plugins;

    @Activate
    public PluginsUpdateCommand(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public String name() {
        return "plugins update";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "update Rapport and its plugins from their sites (active from the next start)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (!CliArguments.parse(args, Set.of(), Set.of()).positional().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        return ChangeOutput.print(name(), plugins.update(context.progress()), context);
    }
}
