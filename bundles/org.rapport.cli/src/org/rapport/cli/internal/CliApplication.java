package org.rapport.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/** The headless rapport-cli application: {@code -application org.rapport.cli.app COMMAND ARGS}. */
public class CliApplication implements IApplication {

    private static final long SERVICE_WAIT_SECONDS = 30;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        ServiceTracker<DatabaseAdmin, DatabaseAdmin> database = new ServiceTracker<>(bundles, DatabaseAdmin.class, null);
        database.open();
        try {
            CliContext cli = new CliContext(System.out, System.err, () -> await(database), CliApplication::about);
            int code = new Cli().run(Arrays.asList(args), cli);
            System.out.flush();
            return code;
        } finally {
            database.close();
        }
    }

    private static DatabaseAdmin await(ServiceTracker<DatabaseAdmin, DatabaseAdmin> tracker) {
        try {
            DatabaseAdmin admin = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
            if (admin != null) {
                return admin;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new DatabaseException(Reason.UNREACHABLE, "The database service did not start within "
                + SERVICE_WAIT_SECONDS + " s; see the log in the workspace's .metadata folder.");
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
