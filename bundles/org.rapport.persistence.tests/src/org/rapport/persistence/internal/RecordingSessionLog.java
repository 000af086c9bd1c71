package org.rapport.persistence.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's session log for tests: keeps the warnings and errors EclipseLink would print. EclipseLink creates it by
 * class name (system property {@code eclipselink.logging.logger}), hence the static list.
 */
public final class RecordingSessionLog extends AbstractSessionLog {

    private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();

    /** Records from now on: the system property is read when a unit's factory is created. */
    static void start() {
        PROBLEMS.clear();
        System.setProperty("eclipselink.logging.logger", RecordingSessionLog.class.getName());
    }

    /** Stops recording for units created from now on. */
    static void stop() {
        System.clearProperty("eclipselink.logging.logger");
    }

    /** The warnings and errors logged since {@link #start()}, each with its message and exception. */
    static List<String> problems() {
        return List.copyOf(PROBLEMS);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.getLevel() >= SessionLog.WARNING) {
            PROBLEMS.add(getLevelString() + " " + formatMessage(entry)
                    + (entry.getException() == null ? "" : " " + entry.getException()));
        }
    }
}
