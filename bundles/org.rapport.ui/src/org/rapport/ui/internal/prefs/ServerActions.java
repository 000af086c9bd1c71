package org.rapport.ui.internal.prefs;

import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;
import org.rapport.persistence.DomainUnits;
import org.rapport.persistence.MigrationReport;
import org.rapport.ui.RapportUi;

/**
 * The Database page's work with the server entered on it, each in a {@link Job} so the dialog stays responsive:
 * "Test Connection" (shows the server's engine, or the clear error) and "Copy This Workspace's Data to the Server"
 * (every installed domain's data into an empty database, with progress; a database that is not empty is refused).
 * What happened is shown in a read-only field under the buttons; if the page was closed meanwhile, the job's result
 * says it instead.
 */
final class ServerActions {

    /** The server as entered on the page; {@code password} is {@code null} for the one in secure storage. */
    record Login(String url, String user, String password) {
    }

    private final Supplier<Login> login;
    private final Display display;
    private final Text result;

    /** Adds the two buttons (one row) and the result field (the next row, both columns) to a two-column page. */
    ServerActions(Composite parent, Supplier<Login> login) {
        this.login = login;
        display = parent.getDisplay();
        Button test = new Button(parent, SWT.PUSH);
        test.setText("&Test Connection");
        test.setToolTipText("Connects to the server with the URL, user and password above, without saving them");
        test.addListener(SWT.Selection, e -> testConnection());
        Button copy = new Button(parent, SWT.PUSH);
        copy.setText("&Copy This Workspace's Data to the Server\u2026");
        copy.setToolTipText("Copies the data of every installed domain into the (empty) server database above;"
                + " a database that already holds data is refused");
        copy.addListener(SWT.Selection, e -> copyData());
        result = new Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(result);
    }

    private void testConnection() {
        Login server = login.get();
        if (!serverEntered(server)) {
            return;
        }
        show("Connecting to " + server.url() + "\u2026");
        Job job = Job.create("Testing the connection to the Rapport database server", monitor -> {
            try {
                String engine = DatabasePreferencePage.withAdmin(
                        admin -> admin.testConnection(server.url(), server.user(), server.password()), null);
                return done(engine == null ? "The database service is not installed."
                        : "Connected: " + engine + ".", engine == null);
            } catch (RuntimeException e) {
                return done(e.getMessage(), true);
            }
        });
        job.schedule();
    }

    private void copyData() {
        Login server = login.get();
        if (!serverEntered(server)) {
            return;
        }
        show("Copying this workspace's data to " + server.url() + "\u2026");
        Job job = Job.create("Copying this workspace's data to the database server", monitor -> {
            try {
                MigrationReport report = copy(server, monitor);
                return done(report == null ? "The database service is not installed." : "Copied "
                        + report.totalRows() + " rows in " + report.rowsPerTable().size() + " tables to "
                        + report.target() + "; the counts of both databases are equal. To work on the server, keep"
                        + " this URL and press Apply and Close: Rapport uses it from its next start.", report == null);
            } catch (RuntimeException e) {
                return done(e.getMessage(), true);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** Opens every installed domain's unit, so that all their data is copied, then copies. */
    private static MigrationReport copy(Login server, IProgressMonitor monitor) {
        try (DomainUnits units = new DomainUnits(FrameworkUtil.getBundle(ServerActions.class).getBundleContext())) {
            units.openAll();
            return DatabasePreferencePage.withAdmin(
                    admin -> admin.migrateTo(server.url(), server.user(), server.password(), monitor), null);
        }
    }

    private boolean serverEntered(Login server) {
        if (!server.url().startsWith("jdbc:")) {
            show("Enter the server's JDBC URL above first, e.g. jdbc:postgresql://server:5432/rapport.");
            return false;
        }
        return true;
    }

    /** Shows the outcome on the page; when the page is gone, the job's result tells it (errors in a dialog). */
    private IStatus done(String message, boolean failed) {
        if (result.isDisposed()) {
            return new Status(failed ? IStatus.ERROR : IStatus.INFO, RapportUi.PLUGIN_ID, message);
        }
        display.asyncExec(() -> show(message));
        return Status.OK_STATUS;
    }

    private void show(String message) {
        if (!result.isDisposed()) {
            result.setText(message);
            result.getParent().layout(true, true);
        }
    }
}
