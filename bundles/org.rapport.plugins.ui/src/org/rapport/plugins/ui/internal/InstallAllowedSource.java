package org.rapport.plugins.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.AbstractSourceProvider;
import org.eclipse.ui.ISources;
import org.rapport.plugins.PluginPreferences;

/**
 * The expression variable {@value #VARIABLE}: whether users may install plugins. The activity that carries p2's
 * Install New Software is enabled when it is true, and follows a change of the preference at once.
 */
public class InstallAllowedSource extends AbstractSourceProvider {

    /** The variable's name in core expressions. */
    public static final String VARIABLE = "org.rapport.plugins.installAllowed";

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PluginPreferences.QUALIFIER);
    private final IPreferenceChangeListener listener = event -> {
        if (PluginPreferences.INSTALL_ALLOWED.equals(event.getKey())) {
            fireSourceChanged(ISources.WORKBENCH, VARIABLE, allowed());
        }
    };

    /** Created by the workbench's services extension. */
    public InstallAllowedSource() {
        node.addPreferenceChangeListener(listener);
    }

    static Boolean allowed() {
        return Platform.getPreferencesService().getBoolean(PluginPreferences.QUALIFIER, PluginPreferences.INSTALL_ALLOWED,
                true, null);
    }

    @Override
    public Map<String, Object> getCurrentState() {
        return Map.of(VARIABLE, allowed());
    }

    @Override
    public String[] getProvidedSourceNames() {
        return new String[] { VARIABLE };
    }

    @Override
    public void dispose() {
        node.removePreferenceChangeListener(listener);
    }
}
