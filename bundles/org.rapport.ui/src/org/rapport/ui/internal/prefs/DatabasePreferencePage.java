package org.rapport.ui.internal.prefs;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.rapport.persistence.DatabaseAdmin;
import org.rapport.ui.RapportUi;

/**
 * Window > Preferences > Rapport > Database: which database this workspace uses (empty: embedded Derby in the
 * workspace; a JDBC URL: a team's server) with its TLS mode, a test of the connection, copying this workspace's data to
 * the server, and an online backup. A changed database applies at the next start.
 */
public class DatabasePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page id in plugin.xml. */
    public static final String ID = "org.rapport.ui.preferences.database";
    static final String PERSISTENCE_NODE = "org.rapport.persistence";
    /** Shown when the URL field holds something other than a JDBC URL. */
    static final String URL_ERROR = "The URL must start with jdbc:";
    /** The SSL mode item for a URL without the parameter. */
    static final String SSL_DEFAULT = "default (prefer)";

    private StringFieldEditor url;
    private StringFieldEditor user;
    private Text password;
    private boolean passwordChanged;
    private Combo sslMode;
    private boolean updatingSslMode;
    private ServerActions server;

    public DatabasePreferencePage() {
        super(GRID);
        setDescription("Leave the URL empty to keep the data in this workspace (embedded Derby). A team enters its"
                + " server's JDBC URL, e.g. jdbc:postgresql://server:5432/rapport. Changes apply when Rapport restarts.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PERSISTENCE_NODE));
    }

    @Override
    protected void createFieldEditors() {
        url = new StringFieldEditor("db.url", "JDBC &URL:", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().trim();
                return value.isEmpty() || value.startsWith("jdbc:");
            }
        };
        // The dialog shows this on one short line and elides longer text in the middle (the user saw only
        // "The database URL...edded database)."); the page description already says that empty means embedded.
        url.setErrorMessage(URL_ERROR);
        addField(url);
        createSslModeField();
        user = new StringFieldEditor("db.user", "&User:", getFieldEditorParent());
        addField(user);
        createPasswordField();

        Label spacer = new Label(getFieldEditorParent(), SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(spacer);
        server = new ServerActions(getFieldEditorParent(), this::serverLogin);
        Button backup = new Button(getFieldEditorParent(), SWT.PUSH);
        backup.setText("&Back Up Now\u2026");
        backup.setToolTipText("Writes an online backup of the database into a folder you choose");
        backup.addListener(SWT.Selection, e -> backUp());
    }

    /** TLS for a PostgreSQL server: the drop-down writes the URL's sslmode parameter, and follows what is typed there. */
    private void createSslModeField() {
        Label label = new Label(getFieldEditorParent(), SWT.NONE);
        label.setText("&SSL mode:");
        sslMode = new Combo(getFieldEditorParent(), SWT.READ_ONLY);
        sslMode.add(SSL_DEFAULT);
        SslModes.MODES.forEach(sslMode::add);
        sslMode.setToolTipText("PostgreSQL only: require encrypts the connection; verify-ca and verify-full also check"
                + " the server's certificate (and its name).");
        GridDataFactory.swtDefaults().applyTo(sslMode);
        sslMode.addListener(SWT.Selection, e -> {
            if (!updatingSslMode) {
                String mode = sslMode.getSelectionIndex() <= 0 ? "" : sslMode.getText();
                url.setStringValue(SslModes.with(url.getStringValue(), mode));
            }
        });
        url.getTextControl(getFieldEditorParent()).addModifyListener(e -> showSslModeOf(url.getStringValue()));
    }

    private void showSslModeOf(String value) {
        updatingSslMode = true;
        try {
            sslMode.setEnabled(SslModes.applies(value));
            int index = SslModes.MODES.indexOf(SslModes.of(value));
            sslMode.select(index + 1); // 0, the default, for none or an unknown mode
        } finally {
            updatingSslMode = false;
        }
    }

    @Override
    protected void initialize() {
        super.initialize();
        showSslModeOf(url.getStringValue());
    }

    @Override
    protected void performDefaults() {
        super.performDefaults();
        showSslModeOf(url.getStringValue());
    }

    /** The password is not a preference: it goes to Eclipse secure storage through the database service. */
    private void createPasswordField() {
        Label label = new Label(getFieldEditorParent(), SWT.NONE);
        label.setText("&Password:");
        password = new Text(getFieldEditorParent(), SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        boolean stored = withAdmin(DatabaseAdmin::hasStoredPassword, false);
        password.setMessage(stored ? "(kept in secure storage; type to replace it)" : "(kept in secure storage)");
        password.setToolTipText("Saved encrypted in Eclipse secure storage, never in a preference file."
                + " Scripts may give it in the environment variable RAPPORT_DB_PASSWORD instead.");
        password.addModifyListener(e -> passwordChanged = true);
    }

    /** The server as entered on the page; the password {@code null} (the stored one) unless one was typed. */
    private ServerActions.Login serverLogin() {
        return new ServerActions.Login(url.getStringValue().trim(), user.getStringValue().trim(),
                passwordChanged ? password.getText() : null);
    }

    @Override
    public boolean performOk() {
        if (passwordChanged) {
            try {
                withAdmin(admin -> {
                    admin.storePassword(password.getText());
                    return Boolean.TRUE;
                }, Boolean.FALSE);
                passwordChanged = false;
            } catch (RuntimeException e) {
                setErrorMessage(e.getMessage());
                return false;
            }
        }
        return super.performOk();
    }

    static <T> T withAdmin(Function<DatabaseAdmin, T> work, T withoutService) {
        BundleContext context = FrameworkUtil.getBundle(DatabasePreferencePage.class).getBundleContext();
        ServiceReference<DatabaseAdmin> reference = context.getServiceReference(DatabaseAdmin.class);
        if (reference == null) {
            return withoutService;
        }
        try {
            return work.apply(context.getService(reference));
        } finally {
            context.ungetService(reference);
        }
    }

    private void backUp() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Back up the Rapport database into");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        Job job = Job.create("Backing up the Rapport database", monitor -> {
            try {
                Path copy = withAdmin(admin -> admin.backup(Path.of(folder)), null);
                return copy == null ? Status.error("The database service is not installed.")
                        : new Status(IStatus.OK, RapportUi.PLUGIN_ID, "Backup written to " + copy);
            } catch (RuntimeException ex) {
                return new Status(IStatus.ERROR, RapportUi.PLUGIN_ID, ex.getMessage(), ex);
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
