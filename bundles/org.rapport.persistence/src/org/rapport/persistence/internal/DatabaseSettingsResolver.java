package org.rapport.persistence.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.URIUtil;
import java.util.List;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * Finds the database settings, first match wins: the system properties {@code rapport.db.url}, {@code rapport.db.user},
 * {@code rapport.db.password}; the preferences {@code org.rapport.persistence/db.url}, {@code db.user},
 * {@code db.password} (workspace, then installation, then the product's {@code plugin_customization.ini}); else
 * embedded Derby under the workspace (the OSGi instance location, {@code -data}).
 */
final class DatabaseSettingsResolver {

    static final String NODE = "org.rapport.persistence";
    static final String KEY_URL = "db.url";
    static final String KEY_USER = "db.user";
    static final String KEY_PASSWORD = "db.password";
    private static final String PROPERTY_PREFIX = "rapport.";

    private final List<IScopeContext> scopes;
    private final Location instanceLocation;

    /**
     * @param scopes           preference scopes to read, first match wins
     * @param instanceLocation the workspace
     */
    DatabaseSettingsResolver(List<IScopeContext> scopes, Location instanceLocation) {
        this.scopes = scopes;
        this.instanceLocation = instanceLocation;
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
        return new DatabaseSettings(url.trim(), value(KEY_USER), value(KEY_PASSWORD), workspace.resolve("backups"));
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
