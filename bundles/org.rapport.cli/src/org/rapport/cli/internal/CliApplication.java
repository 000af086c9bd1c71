package org.rapport.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The headless rapport-cli application: {@code -application org.rapport.cli.app COMMAND ARGS}. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        try (CommandLineService cli = new CommandLineService(FrameworkUtil.getBundle(CliApplication.class).getBundleContext())) {
            int code = cli.run(Arrays.asList(args), System.out, System.err);
            System.out.flush();
            return code;
        }
    }

    static String about() {
        IProduct product = Platform.getProduct();
        Bundle cli = FrameworkUtil.getBundle(CliApplication.class);
        String name = product == null ? "Rapport" : product.getName();
        Bundle defining = product == null ? cli : product.getDefiningBundle();
        List<String> lines = List.of(
                name + " " + defining.getVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "Workspace: " + (Platform.getInstanceLocation() == null || Platform.getInstanceLocation().getURL() == null
                        ? "none" : Platform.getInstanceLocation().getURL().getPath()));
        return String.join(System.lineSeparator(), lines);
    }

    @Override
    public void stop() {
        // commands are short; nothing to interrupt
    }
}
