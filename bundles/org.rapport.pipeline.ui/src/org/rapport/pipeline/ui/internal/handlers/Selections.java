package org.rapport.pipeline.ui.internal.handlers;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.rapport.core.PersonRef;
import org.rapport.core.user.RapportUser;
import org.rapport.pipeline.OpportunitySummary;

/** What the pipeline commands take from the workbench selection, the services they call, and who is working. */
public final class Selections {

    private Selections() {
    }

    /** The first selected thing that is or adapts to a person, or {@code null}. */
    public static PersonRef person(Object selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
        return first == null ? null : Adapters.adapt(first, PersonRef.class);
    }

    /** The selected deal (a board card or a table row), or {@code null}. */
    public static OpportunitySummary opportunity(Object selection) {
        Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
        return first instanceof OpportunitySummary o ? o : null;
    }

    /**
     * An OSGi service through the workbench (whose context finds the registered services), or {@code null} when it
     * is not available.
     */
    public static <T> T service(IWorkbenchWindow window, Class<T> type) {
        T service = window == null ? null : window.getService(type);
        return service != null ? service : PlatformUI.getWorkbench().getService(type);
    }

    /**
     * Who is working, as the {@link RapportUser} service names them (the database login in team mode): the owner of
     * the deals, activities and cases this workbench creates and of "my" day. Empty while the service is not there.
     */
    public static String userName() {
        RapportUser user = PlatformUI.getWorkbench().getService(RapportUser.class);
        return user == null ? "" : user.name();
    }
}
