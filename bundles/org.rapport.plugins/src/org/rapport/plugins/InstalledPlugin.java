package org.rapport.plugins;

/**
 * A feature installed in Rapport, as {@code rapport-cli plugins list} shows it.
 *
 * @param id        the feature's id, e.g. {@code com.example.rapport.discourse.feature}
 * @param version   its version
 * @param name      its name for people
 * @param ofProduct whether it is part of the Rapport product itself (then it cannot be uninstalled alone)
 */
public record InstalledPlugin(String id, String version, String name, boolean ofProduct) {
}
