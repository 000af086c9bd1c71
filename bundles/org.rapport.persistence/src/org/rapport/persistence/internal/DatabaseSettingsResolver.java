package org.rapport.persistence.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.URIUtil;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.prefs.BackingStoreException;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Finds the database settings, first match wins: the system properties {@code rapport.db.url}, {@code rapport.db.user};
 * the preferences {@code org.rapport.persistence/db.url}, {@code db.user} (workspace, then installation, then the
 * product's {@code plugin_customization.ini}); else embedded Derby under the workspace (the OSGi instance location,
 * {@code -data}).
 * <p>
 * The password of a server database: the system property {@code rapport.db.password}, the environment variable
 * {@code RAPPORT_DB_PASSWORD}, Eclipse secure storage, and last a preset in {@code plugin_customization.ini}. A
 * password an older Rapport kept in the workspace's or installation's preferences is moved into secure storage the
 * first time it is read.
 */
final class DatabaseSettingsResolver {

    static final String NODE = "org.rapport.persistence";
    static final String KEY_URL = "db.url";
    static final String KEY_USER = "db.user";
    static final String KEY_PASSWORD = "db.password";
    static final String PASSWORD_VARIABLE = "RAPPORT_DB_PASSWORD";
    private static final String PROPERTY_PREFIX = "rapport.";

    private final List<IScopeContext> scopes;
    private final Location instanceLocation;
    private final StoredPassword storedPassword;
    private final Function<String, String> environment;

    /**
     * @param scopes           preference scopes to read, first match wins; the last one holds the product's presets
     * @param instanceLocation the workspace
     * @param storedPassword   the password in secure storage
     * @param environment      the process environment ({@code System::getenv})
     */
    DatabaseSettingsResolver(List<IScopeContext> scopes, Location instanceLocation, StoredPassword storedPassword,
            Function<String, String> environment) {
        this.scopes = scopes;
        this.instanceLocation = instanceLocation;
        this.storedPassword = storedPassword;
        this.environment = environment;
    }

    /** Workspace, then installation, then defaults (which hold the product's plugin_customization.ini). */
    static List<IScopeContext> workspaceScopes() {
        return List.of(InstanceScope.INSTANCE, ConfigurationScope.INSTANCE, DefaultScope.INSTANCE);
    }

    DatabaseSettings resolve() {
        Path workspace = workspace();
        String url = value(KEY_URL);
        if (url.isBlank()) {
            return DatabaseSettings.embeddedIn(workspace);
        }
        if (!url.startsWith("jdbc:")) {
            throw new DatabaseException(Reason.UNREACHABLE, "The database URL '" + url + "' (from the system property "
                    + PROPERTY_PREFIX + KEY_URL + " or the preference " + NODE + "/" + KEY_URL
                    + ") is not a JDBC URL. Use e.g. jdbc:derby://host:1527/rapport or jdbc:postgresql://host/rapport.");
        }
        return new DatabaseSettings(url.trim(), value(KEY_USER), password(), workspace.resolve("backups"));
    }

    private String value(String key) {
        String fromSystem = System.getProperty(PROPERTY_PREFIX + key);
        if (fromSystem != null) {
            return fromSystem;
        }
        for (IScopeContext scope : scopes) {
            String value = scope.getNode(NODE).get(key, null);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private String password() {
        String fromSystem = System.getProperty(PROPERTY_PREFIX + KEY_PASSWORD);
        if (fromSystem != null) {
            return fromSystem;
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        moveLegacyPasswordToSecureStorage();
        String stored = storedPassword.read();
        if (stored != null) {
            return stored;
        }
        String preset = scopes.isEmpty() ? null : scopes.get(scopes.size() - 1).getNode(NODE).get(KEY_PASSWORD, null);
        return preset == null ? "" : preset;
    }

    /** A password in the user's own preference files (written by an older Rapport) goes into secure storage. */
    private void moveLegacyPasswordToSecureStorage() {
        for (IScopeContext scope : scopes.subList(0, Math.max(0, scopes.size() - 1))) {
            IEclipsePreferences node = scope.getNode(NODE);
            String legacy = node.get(KEY_PASSWORD, null);
            if (legacy != null) {
                storedPassword.store(legacy);
                node.remove(KEY_PASSWORD);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    throw new DatabaseException(Reason.OTHER, "The database password was moved into secure storage but"
                            + " could not be removed from the preferences " + node.absolutePath() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private Path workspace() {
        if (instanceLocation == null || instanceLocation.getURL() == null) {
            throw new DatabaseException(Reason.OTHER, "Rapport has no workspace to keep its database in (it was started"
                    + " with -data @none). Start it with -data DIR, or set the system property rapport.db.url.");
        }
        URL url = instanceLocation.getURL();
        try {
            return Path.of(URIUtil.toURI(url)).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DatabaseException(Reason.OTHER, "The workspace location " + url + " is not a local folder.", e);
        }
    }
}
