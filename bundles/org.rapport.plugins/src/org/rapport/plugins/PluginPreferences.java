package org.rapport.plugins;

/**
 * The preferences of plugin installation and updates, in the preference node {@value #QUALIFIER}. IT presets them in
 * the product's {@code plugin_customization.ini}, e.g. {@code org.rapport.plugins/installAllowed=false}.
 */
public final class PluginPreferences {

    /** The preference node (qualifier). */
    public static final String QUALIFIER = "org.rapport.plugins";

    /**
     * {@code installAllowed} (boolean, default {@code true}): whether users may install plugins. When false, Help >
     * Install New Software is gone and {@code rapport-cli plugins install} refuses; updates of what is installed (Check
     * for Updates, {@code plugins update}) stay, because they come from the product's own update site.
     */
    public static final String INSTALL_ALLOWED = "installAllowed";

    /**
     * {@code updateSite} (URL, default empty): the p2 site Rapport updates itself from. Added to p2's known sites at
     * every start; changeable in Preferences > Rapport > Updates.
     */
    public static final String UPDATE_SITE = "updateSite";

    private PluginPreferences() {
    }
}
