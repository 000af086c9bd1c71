package org.rapport.persistence.internal;

import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.rapport.core.user.RapportUser;
import org.rapport.persistence.DatabaseKind;

/**
 * Who is working, decided by the database: on a server, the login of the connection (what the server itself knows
 * as the user); on embedded Derby, the name from the preferences.
 */
final class WorkingUser implements RapportUser {

    private final Supplier<DatabaseSettings> settings;
    private final Supplier<String> preferredName;

    /**
     * @param settings      the database settings; when they cannot be resolved the preference is used
     * @param preferredName the name a laptop user chose (see {@link #fromPreferences()})
     */
    WorkingUser(Supplier<DatabaseSettings> settings, Supplier<String> preferredName) {
        this.settings = settings;
        this.preferredName = preferredName;
    }

    @Override
    public String name() {
        String login = login();
        return RapportUser.fit(login != null ? login : preferredName.get());
    }

    @Override
    public boolean isDatabaseLogin() {
        return login() != null;
    }

    /** The server login, or {@code null} on embedded Derby (or when the settings are wrong: opening reports that). */
    private String login() {
        DatabaseSettings resolved;
        try {
            resolved = settings.get();
        } catch (RuntimeException e) {
            return null;
        }
        boolean server = resolved.kind() != DatabaseKind.EMBEDDED_DERBY;
        return server && !resolved.user().isBlank() ? resolved.user() : null;
    }

    /**
     * The preference {@code org.rapport.core/user.name} (workspace, installation, product presets), else the operating
     * system's user name; outside a running Platform (tools, child processes of tests) only the latter.
     */
    static String fromPreferences() {
        String system = System.getProperty("user.name", "");
        if (!Platform.isRunning()) {
            return system;
        }
        IPreferencesService preferences = Platform.getPreferencesService();
        String preferred = preferences == null ? null
                : preferences.getString(PREFERENCE_NODE, PREFERENCE_KEY, null, null);
        return preferred == null || preferred.isBlank() ? system : preferred;
    }
}
