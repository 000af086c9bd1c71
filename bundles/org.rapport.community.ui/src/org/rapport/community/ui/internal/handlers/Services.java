package org.rapport.community.ui.internal.handlers;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The OSGi services a handler needs, from the window's context (which sees the OSGi registry). */
final class Services {

    private Services() {
    }

    /** The service, or {@code null} when it is not registered (its bundle is missing or failed). */
    static <T> T of(IWorkbenchWindow window, Class<T> type) {
        T service = window == null ? null : window.getService(type);
        return service != null ? service : PlatformUI.getWorkbench().getService(type);
    }
}
