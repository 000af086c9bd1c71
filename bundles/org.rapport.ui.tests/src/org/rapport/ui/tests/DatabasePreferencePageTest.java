package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapport.ui.testing.UiTestSupport.descendants;
import static org.rapport.ui.testing.UiTestSupport.flushEvents;
import static org.rapport.ui.testing.UiTestSupport.spinUntil;
import static org.rapport.ui.testing.UiTestSupport.userText;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rapport.ui.RapportUi;
import org.rapport.ui.internal.prefs.DatabasePreferencePage;
import org.rapport.testing.TestDatabases;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * Window > Preferences > Rapport > Database: the pages exist, a wrong database URL is refused before OK, the SSL mode
 * drop-down edits the URL, and "Test Connection" and "Copy This Workspace's Data to the Server" say what happened (on
 * the PostgreSQL test server when the suite runs with one).
 */
@ExtendWith(ScreenshotOnFailure.class)
class DatabasePreferencePageTest {

    /** The whole message, as the user must be able to read it in the dialog's message line (not elided). */
    private static final String URL_ERROR = "The URL must start with jdbc:";
    /** The SSL mode item for a URL without the parameter (the driver's default). */
    private static final String SSL_DEFAULT = "default (prefer)";
    private static final String NEEDS_SERVER = "needs the PostgreSQL test server (-Drapport.test.db.server)";
    private static final Duration SERVER_WORK = Duration.ofSeconds(60);

    private PreferenceDialog dialog;

    @AfterEach
    void closeDialog() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close(); // Cancel: nothing entered here is stored
        }
    }

    @Test
    void listsRapportWithItsDatabasePage() {
        open(RapportUi.PREFERENCE_PAGE_ID);
        Tree tree = single(descendants(dialog.getShell(), Tree.class), "page tree");
        TreeItem rapport = Arrays.stream(tree.getItems()).filter(i -> "Rapport".equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no page 'Rapport' in " + Arrays.toString(tree.getItems())));
        dialog.getTreeViewer().expandAll(); // what clicking the twisty does
        flushEvents();
        List<String> children = Arrays.stream(rapport.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Database"), children, "pages under Rapport");
    }

    @Test
    void refusesADatabaseUrlThatIsNotJdbc() {
        open(DatabasePreferencePage.ID);
        assertTrue(dialog.getSelectedPage() instanceof DatabasePreferencePage, "the Database page is shown");
        Button ok = button("Apply and Close");
        Button apply = button("Apply");
        assertTrue(ok.isEnabled() && apply.isEnabled(), "OK and Apply are enabled before any change");

        Text url = urlField();
        url.setFocus();
        url.setText("postgres://crm-server/rapport");
        url.notifyListeners(SWT.KeyUp, keyEvent('t')); // what typing the last character sends
        flushEvents();

        spinUntil(() -> shownText().contains(URL_ERROR), () -> "the URL error is shown; the dialog says: " + shownText());
        assertFalse(ok.isEnabled(), "Apply and Close is disabled");
        assertFalse(apply.isEnabled(), "Apply is disabled");

        url.setText("jdbc:derby://crm-server:1527/rapport");
        url.notifyListeners(SWT.KeyUp, keyEvent('t'));
        flushEvents();
        assertTrue(ok.isEnabled() && apply.isEnabled(), "a jdbc: URL enables OK and Apply again");
        assertFalse(shownText().contains(URL_ERROR), "the error is gone: " + shownText());
    }

    @Test
    void theSslModeDropDownWritesTheUrlsParameterAndFollowsWhatIsTyped() {
        open(DatabasePreferencePage.ID);
        Text url = urlField();
        Combo sslMode = field("SSL mode:", Combo.class);

        type(url, "jdbc:derby://crm-server:1527/rapport");
        assertFalse(sslMode.isEnabled(), "the SSL mode applies to PostgreSQL URLs only");

        type(url, "jdbc:postgresql://crm-server:5432/rapport?ApplicationName=rapport");
        assertTrue(sslMode.isEnabled(), "the SSL mode can be chosen for a PostgreSQL URL");
        assertEquals(SSL_DEFAULT, sslMode.getText());

        choose(sslMode, "require");
        assertEquals("jdbc:postgresql://crm-server:5432/rapport?ApplicationName=rapport&sslmode=require", url.getText());
        choose(sslMode, "verify-full");
        assertEquals("jdbc:postgresql://crm-server:5432/rapport?ApplicationName=rapport&sslmode=verify-full",
                url.getText(), "the mode is replaced, not added twice");

        type(url, "jdbc:postgresql://crm-server/rapport?sslmode=disable");
        assertEquals("disable", sslMode.getText(), "a mode typed into the URL shows in the drop-down");
        choose(sslMode, SSL_DEFAULT);
        assertEquals("jdbc:postgresql://crm-server/rapport", url.getText());
    }

    @Test
    void testConnectionSaysClearlyThatNothingListensThere() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        open(DatabasePreferencePage.ID);
        type(urlField(), "jdbc:postgresql://127.0.0.1:" + port + "/rapport");

        click("Test Connection");

        String expected = "Could not reach the database server jdbc:postgresql://127.0.0.1:" + port;
        spinUntil(() -> shownText().contains(expected), SERVER_WORK, () -> "the page says '" + expected + "': "
                + shownText());
        assertTrue(shownText().contains("Check that the server runs"), "and what to check: " + shownText());
    }

    @Test
    void testConnectionShowsTheServersEngine() {
        assumeTrue(TestDatabases.onServer(), NEEDS_SERVER);
        open(DatabasePreferencePage.ID);
        enterServer(TestDatabases.createServerDatabase());

        click("Test Connection");

        spinUntil(() -> shownText().contains("Connected: PostgreSQL"), SERVER_WORK,
                () -> "the page shows the server's engine: " + shownText());
    }

    @Test
    void copyingTheWorkspaceRefusesADatabaseThatHoldsRapportDataAndFillsAnEmptyOne() throws SQLException {
        assumeTrue(TestDatabases.onServer(), NEEDS_SERVER);
        String used = TestDatabases.createServerDatabase();
        try (Connection c = postgres(used); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE RAPPORT_SCHEMA (UNIT_NAME VARCHAR(64) PRIMARY KEY, SCHEMA_VERSION INTEGER)");
        }
        open(DatabasePreferencePage.ID);
        enterServer(used);

        click("Copy This Workspace's Data to the Server...");

        spinUntil(() -> shownText().contains("Nothing was copied: the database " + used + " is not empty"), SERVER_WORK,
                () -> "the page says the database is not empty: " + shownText());

        String empty = TestDatabases.createServerDatabase();
        enterServer(empty);
        click("Copy This Workspace's Data to the Server...");
        spinUntil(() -> shownText().contains("the counts of both databases are equal"), SERVER_WORK,
                () -> "the page says what was copied: " + shownText());
        assertTrue(shownText().contains(" tables to " + empty), shownText());
    }

    private void enterServer(String url) {
        type(urlField(), url);
        type(field("User:", Text.class), TestDatabases.user());
        type(field("Password:", Text.class), TestDatabases.password());
    }

    /** A connection to a database of the test server, through the driver's bundle. */
    private static Connection postgres(String url) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", TestDatabases.user());
        login.setProperty("password", TestDatabases.password());
        for (Bundle bundle : FrameworkUtil.getBundle(DatabasePreferencePageTest.class).getBundleContext().getBundles()) {
            if ("org.postgresql.jdbc".equals(bundle.getSymbolicName())) {
                try {
                    return ((Driver) bundle.loadClass("org.postgresql.Driver").getDeclaredConstructor().newInstance())
                            .connect(url, login);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("the bundle org.postgresql.jdbc is not in the test runtime");
    }

    private void open(String pageId) {
        Shell shell = UiTestSupport.window().getShell();
        dialog = PreferencesUtil.createPreferenceDialogOn(shell, pageId, null, null);
        assertNotNull(dialog, "Window > Preferences could be created");
        dialog.setBlockOnOpen(false);
        dialog.open();
        flushEvents();
        assertTrue(dialog.getShell().isVisible(), "the Preferences dialog is shown");
    }

    /** The JDBC URL field: the text field right after the label "JDBC URL:". */
    private Text urlField() {
        return field("JDBC URL:", Text.class);
    }

    /** The control right after a label on the Database page. */
    private <T extends Control> T field(String labelText, Class<T> type) {
        Control page = dialog.getSelectedPage() instanceof DatabasePreferencePage p ? p.getControl() : null;
        assertNotNull(page, "the Database page has controls");
        List<Control> controls = descendants(page, Control.class);
        for (int i = 0; i < controls.size() - 1; i++) {
            if (controls.get(i) instanceof Label label && labelText.equals(userText(label.getText()))
                    && type.isInstance(controls.get(i + 1))) {
                return type.cast(controls.get(i + 1));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " labelled '" + labelText + "' on the Database page");
    }

    /** Types a whole value into a field, as the user would (the last key sends KeyUp). */
    private static void type(Text field, String value) {
        field.setFocus();
        field.setText(value);
        field.notifyListeners(SWT.KeyUp, keyEvent('x'));
        flushEvents();
    }

    private static void choose(Combo combo, String item) {
        int index = combo.indexOf(item);
        assertTrue(index >= 0, "the drop-down offers '" + item + "': " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        flushEvents();
    }

    private void click(String label) {
        Button button = button(label);
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        flushEvents();
    }

    private Button button(String label) {
        Optional<Button> button = descendants(dialog.getShell(), Button.class).stream()
                .filter(b -> label.equals(userText(b.getText()))).findFirst();
        return button.orElseThrow(() -> new AssertionError("no button '" + label + "' in the Preferences dialog"));
    }

    /** Every text the dialog shows in labels and read-only fields (its message line included). */
    private String shownText() {
        StringBuilder all = new StringBuilder();
        for (Control control : descendants(dialog.getShell(), Control.class)) {
            if (!control.isVisible()) {
                continue;
            }
            if (control instanceof Label label) {
                all.append(label.getText()).append('\n');
            } else if (control instanceof CLabel label && label.getText() != null) {
                all.append(label.getText()).append('\n');
            } else if (control instanceof Text text && (text.getStyle() & SWT.READ_ONLY) != 0) {
                all.append(text.getText()).append('\n');
            }
        }
        return all.toString();
    }

    private static Event keyEvent(char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        return event;
    }

    private static <T> T single(List<T> found, String what) {
        assertEquals(1, found.size(), "one " + what);
        return found.get(0);
    }
}
