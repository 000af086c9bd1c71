/**
 * Plugins of a running Rapport: list, install from a p2 site, uninstall and update them, and the preferences that
 * govern it ({@link org.rapport.plugins.PluginPreferences}: whether users may install plugins, the product's update
 * site). Used by {@code rapport-cli plugins ...} and the workbench.
 */
package org.rapport.plugins;
