package org.rapport.plugins.internal.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
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
 * {@code rapport-cli plugins install --repository URL --feature ID}: installs a feature from a p2 site. Exit 0 when
 * installed (or already there), 1 when refused (installation locked, unknown feature, requirements that cannot be
 * met, bundles that do not resolve: nothing is left installed) or failed.
 */
@Component(service = CliCommand.class)
public class PluginsInstallCommand implements CliCommand {

    private final PluginService plugins;

    @Activate
    public PluginsInstallCommand(@Reference PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public String name() {
        return "plugins install";
    }

    @Override
    public String arguments() {
        return "--repository URL --feature ID";
    }

    @Override
    public String summary() {
        return "install a plugin (a feature) from a p2 site (URL, or a local folder)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext context) throws UsageException {
        CliArguments options = CliArguments.parse(args, Set.of("--repository", "--feature"), Set.of());
        if (!options.has("--repository") || !options.has("--feature") || !options.positional().isEmpty()) {
            throw new UsageException("needs --repository URL and --feature ID, and nothing else");
        }
        if (!plugins.installAllowed()) {
            context.err().println("rapport-cli plugins install: installing plugins is switched off in this Rapport"
                    + " (org.rapport.plugins/installAllowed=false); ask your IT department.");
            return ExitCode.FAILED;
        }
        URI repository = repository(options.value("--repository"));
        return ChangeOutput.print(name(), plugins.install(repository, options.value("--feature"), context.progress()),
                context);
    }

    /** A URL as given, or a local folder (relative or absolute) as a file URL. */
    static URI repository(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() != null && uri.getScheme().length() > 1) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // not a URL: a path
        }
        try {
            return Path.of(text).toAbsolutePath().normalize().toUri();
        } catch (RuntimeException e) {
            throw new UsageException("--repository is neither a URL nor a folder: " + text);
        }
    }
}
