package org.rapport.persistence.internal;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.FrameworkUtil;

/**
 * The log of live change notifications: the Platform's log, or standard error in a process without OSGi (a tool or a
 * test's child JVM sending changes through {@code StandaloneDatabase}).
 */
final class LiveChangesLog {

    private LiveChangesLog() {
    }

    static void info(String message) {
        ILog log = platformLog();
        if (log == null) {
            System.err.println("INFO " + message);
        } else {
            log.info(message);
        }
    }

    static void warn(String message) {
        ILog log = platformLog();
        if (log == null) {
            System.err.println("WARNING " + message);
        } else {
            log.warn(message);
        }
    }

    static void error(String message, Throwable cause) {
        ILog log = platformLog();
        if (log == null) {
            System.err.println("ERROR " + message);
            cause.printStackTrace();
        } else {
            log.error(message, cause);
        }
    }

    private static ILog platformLog() {
        return FrameworkUtil.getBundle(LiveChangesLog.class) == null ? null : ILog.of(LiveChangesLog.class);
    }
}
