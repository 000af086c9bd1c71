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

/** {@code rapport-cli plugins uninstall ID}: uninstalls a plugin; the user's data and the product stay. */
@Component(service = CliCommand.class)
public class PluginsUninstallCommand implements CliCommand {

    private final PluginService plugins;

    @Activate
    public PluginsUninstallCommand(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public String name() {
        return "plugins uninstall";
    }

    @Override
    public String arguments() {
        return "ID";
    }

    @Override
    public String summary() {
        return "uninstall a plugin (its data stays)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        List<String> ids = CliArguments.parse(args, Set.of(), Set.of()).positional();
        if (ids.size() != 1) {
            throw new UsageException("needs exactly one feature id (see rapport-cli plugins list)");
        }
        return ChangeOutput.print(name(), plugins.uninstall(ids.get(0), context.progress()), context);
    }
}
