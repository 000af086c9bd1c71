package org.rapport.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/** p2's statuses as text for a user: the message and the messages of the children, without repeats. */
final class Statuses {

    private Statuses() {
    }

    static String describe(IStatus status) {
        Set<String> lines = new LinkedHashSet<>();
        collect(status, lines);
        return String.join(System.lineSeparator(), lines);
    }

    private static void collect(IStatus status, Set<String> lines) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            lines.add(status.getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, lines);
        }
    }
}
