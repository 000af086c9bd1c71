package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseKind;

/** Which database a workspace uses: system property, then preferences (workspace, product defaults), then embedded. */
class DatabaseSettingsTest {

    private final String node = "org.rapport.persistence.tests." + UUID.randomUUID();
    private IEclipsePreferences workspacePrefs;
    private IEclipsePreferences productDefaults;

    @BeforeEach
    void scopes() {
        workspacePrefs = (IEclipsePreferences) InstanceScope.INSTANCE.getNode(node).node(DatabaseSettingsResolver.NODE);
        productDefaults = (IEclipsePreferences) InstanceScope.INSTANCE.getNode(node + ".defaults")
                .node(DatabaseSettingsResolver.NODE);
    }

    @AfterEach
    void clearSystemProperty() {
        System.clearProperty("rapport.db.url");
    }

    @Test
    void withoutSettingsTheDatabaseIsEmbeddedInTheWorkspace() throws Exception {
        DatabaseSettings settings = resolver().resolve();

        Path workspace = Path.of(Platform.getInstanceLocation().getURL().toURI()).toAbsolutePath();
        assertEquals(DatabaseKind.EMBEDDED_DERBY, settings.kind());
        assertEquals(workspace.resolve("db"), settings.embeddedDirectory());
        assertEquals(workspace.resolve("backups"), settings.backups());
        assertEquals("org.apache.derby.jdbc.EmbeddedDriver", settings.driverClass());
    }

    @Test
    void theProductPresetIsUsedAndTheUsersOwnSettingWins() {
        productDefaults.put(DatabaseSettingsResolver.KEY_URL, "jdbc:derby://crm-server:1527/rapport");
        productDefaults.put(DatabaseSettingsResolver.KEY_USER, "team");
        assertEquals(DatabaseKind.DERBY_SERVER, resolver().resolve().kind());
        assertEquals("team", resolver().resolve().user());

        workspacePrefs.put(DatabaseSettingsResolver.KEY_URL, "jdbc:postgresql://db.example.org/rapport?password=secret");
        DatabaseSettings own = resolver().resolve();
        assertEquals(DatabaseKind.SERVER, own.kind());
        assertEquals("jdbc:postgresql://db.example.org/rapport", own.displayLocation(), "no password shown");
        assertNull(own.embeddedDirectory());
    }

    @Test
    void theSystemPropertyWinsOverPreferences() {
        workspacePrefs.put(DatabaseSettingsResolver.KEY_URL, "jdbc:derby://crm-server:1527/rapport");
        System.setProperty("rapport.db.url", "jdbc:derby:/tmp/rapport-elsewhere/db");

        DatabaseSettings settings = resolver().resolve();

        assertEquals(DatabaseKind.EMBEDDED_DERBY, settings.kind());
        assertEquals(Path.of("/tmp/rapport-elsewhere/db"), settings.embeddedDirectory());
    }

    @Test
    void aUrlThatIsNotJdbcIsRefusedWithWhereItCameFrom() {
        workspacePrefs.put(DatabaseSettingsResolver.KEY_URL, "crm-server:1527");

        DatabaseException e = assertThrows(DatabaseException.class, () -> resolver().resolve());

        assertTrue(e.getMessage().contains("'crm-server:1527'"), e.getMessage());
        assertTrue(e.getMessage().contains("org.rapport.persistence/db.url"), e.getMessage());
    }

    private DatabaseSettingsResolver resolver() {
        List<IScopeContext> scopes = List.of(scope(workspacePrefs), scope(productDefaults));
        return new DatabaseSettingsResolver(scopes, Platform.getInstanceLocation());
    }

    /** A scope whose node for our bundle is the given test node. */
    private static IScopeContext scope(IEclipsePreferences prefs) {
        IEclipsePreferences parent = (IEclipsePreferences) prefs.parent();
        return new IScopeContext() {
            @Override
            public String getName() {
                return parent.name();
            }

            @Override
            public IEclipsePreferences getNode(String qualifier) {
                return (IEclipsePreferences) parent.node(qualifier);
            }

            @Override
            public org.eclipse.core.runtime.IPath getLocation() {
                return null;
            }
        };
    }
}
