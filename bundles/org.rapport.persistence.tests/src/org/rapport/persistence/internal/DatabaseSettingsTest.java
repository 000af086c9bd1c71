package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseKind;

/** Which database a workspace uses: system property, then preferences (workspace, product defaults), then embedded. */
class DatabaseSettingsTest {

    private final String node = "org.rapport.persistence.tests." + UUID.randomUUID();
    private IEclipsePreferences workspacePrefs;
    private IEclipsePreferences productDefaults;

    /** The settings a test runtime may be given (the suite on PostgreSQL sets them); each test starts without. */
    private static final List<String> PROPERTIES = List.of("rapport.db.url", "rapport.db.user", "rapport.db.password");
    private final Map<String, String> runtimeProperties = new HashMap<>();

    @BeforeEach
    void scopes() {
        workspacePrefs = (IEclipsePreferences) InstanceScope.INSTANCE.getNode(node).node(DatabaseSettingsResolver.NODE);
        productDefaults = (IEclipsePreferences) InstanceScope.INSTANCE.getNode(node + ".defaults")
                .node(DatabaseSettingsResolver.NODE);
        for (String property : PROPERTIES) {
            String value = System.clearProperty(property);
            if (value != null) {
                runtimeProperties.put(property, value);
            }
        }
    }

    @AfterEach
    void restoreSystemProperties() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
        runtimeProperties.forEach(System::setProperty);
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

    @Test
    void theServerPasswordComesFromSecureStorageNeverFromAPreferenceFile(@TempDir Path dir) throws Exception {
        workspacePrefs.put(DatabaseSettingsResolver.KEY_URL, "jdbc:derby://crm-server:1527/rapport");
        productDefaults.put(DatabaseSettingsResolver.KEY_PASSWORD, "preset-by-it");
        StoredPassword stored = new StoredPassword(secureStorageIn(dir));
        assertEquals("preset-by-it", resolver(stored, Map.of()).resolve().password(), "the product's preset, when nothing is stored");

        stored.store("s3cret");
        assertTrue(stored.isStored());
        assertEquals("s3cret", resolver(stored, Map.of()).resolve().password());
        assertEquals("from-env", resolver(stored, Map.of("RAPPORT_DB_PASSWORD", "from-env")).resolve().password(),
                "the environment (scripts, CI) wins over the stored password");
        String file = Files.readString(dir.resolve("secure_storage"));
        assertFalse(file.contains("s3cret"), "the secure storage file holds the password encrypted");

        stored.store("");
        assertFalse(stored.isStored(), "an empty password removes it");
    }

    @Test
    void aPasswordAnOlderRapportKeptInThePreferencesMovesIntoSecureStorage(@TempDir Path dir) {
        workspacePrefs.put(DatabaseSettingsResolver.KEY_URL, "jdbc:derby://crm-server:1527/rapport");
        workspacePrefs.put(DatabaseSettingsResolver.KEY_PASSWORD, "legacy-plain");
        StoredPassword stored = new StoredPassword(secureStorageIn(dir));

        assertEquals("legacy-plain", resolver(stored, Map.of()).resolve().password());

        assertNull(workspacePrefs.get(DatabaseSettingsResolver.KEY_PASSWORD, null), "gone from the preference file");
        assertEquals("legacy-plain", stored.read(), "kept in secure storage instead");
    }

    /** A secure storage of its own in a temp folder, with a master password given (no prompt). */
    private static Supplier<ISecurePreferences> secureStorageIn(Path dir) {
        return () -> {
            try {
                return SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(),
                        Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master".toCharArray()),
                                IProviderHints.PROMPT_USER, Boolean.FALSE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private DatabaseSettingsResolver resolver() {
        return resolver(new StoredPassword(() -> null), Map.of());
    }

    private DatabaseSettingsResolver resolver(StoredPassword stored, Map<String, String> environment) {
        List<IScopeContext> scopes = List.of(scope(workspacePrefs), scope(productDefaults));
        return new DatabaseSettingsResolver(scopes, Platform.getInstanceLocation(), stored, environment::get);
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
