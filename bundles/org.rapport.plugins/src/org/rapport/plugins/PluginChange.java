package org.rapport.plugins;

import java.util.List;

/**
 * What an install, uninstall or update did.
 *
 * @param outcome       how it ended
 * @param message       what happened, or why not, in words for the user (several lines for a refusal's reasons)
 * @param changes       what changed, one line each ({@code installed com.example.x 1.0.0})
 * @param restartNeeded whether the change is active only after Rapport restarts (it is already written: the next start
 *                      has it)
 */
public record PluginChange(Outcome outcome, String message, List<String> changes, boolean restartNeeded) {

    /** Copies the list. */
    public PluginChange {
        changes = List.copyOf(changes);
    }

    /** How a change ended. */
    public enum Outcome {
        /** The installation changed as asked. */
        DONE,
        /** Nothing to do (already installed, no updates). */
        NOTHING_TO_DO,
        /** Refused before anything changed (locked, does not resolve, not found, part of the product). */
        REFUSED,
        /** Failed while changing; p2 rolled the installation back. */
        FAILED
    }
}
