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
import org.rapport.plugins.InstalledPlugin;
import org.rapport.plugins.PluginService;

/**
 * {@code rapport-cli plugins list}: the installed features, tab-separated for scripts: a header, then id, version,
 * {@code plugin} or {@code product} (part of Rapport itself), name.
 */
@Component(service = CliCommand.class)
public class PluginsListCommand implements CliCommand {

    private final PluginService plugins;

    @Activate
    public PluginsListCommand(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public String name() {
        return "plugins list";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "list installed features: plugins and the product's own, tab-separated";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        if (!CliArguments.parse(args, Set.of(), Set.of()).positional().isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        context.out().println("id\tversion\tkind\tname");
        for (InstalledPlugin plugin : plugins.installed()) {
            context.out().println(plugin.id() + "\t" + plugin.version() + "\t" + (plugin.ofProduct() ? "product" : "plugin")
                    + "\t" + plugin.name());
        }
        return ExitCode.OK;
    }
}
