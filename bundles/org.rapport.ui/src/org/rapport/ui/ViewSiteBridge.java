package org.rapport.ui;

import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Hands an e4 view (a POJO) its 3.x view site once the workbench has made one, which happens when the view is first
 * activated or shown. The site gives what users of Eclipse products expect from a view: Edit &gt; Delete and
 * Edit &gt; Copy acting on it (global action handlers) and a context menu other plugins can add to.
 * <p>
 * Call {@link #dispose()} when the view is disposed ({@code @PreDestroy}): besides forgetting the bridge, it makes the
 * workbench give the view a new site when it is opened again. The workbench keeps the 3.x wrapper of an e4 view
 * ({@code org.eclipse.ui.internal.E4PartWrapper}) in the part's transient data under {@value #E4_WRAPPER_KEY}, across
 * close and reopen, with the site of the first opening, disposed by then: the global action handlers installed on it
 * fail ("ECommandService ... is null" on Edit &gt; Delete). Removing the wrapper makes the workbench wrap the view anew.
 */
public final class ViewSiteBridge implements IPartListener2 {

    /** The key of the workbench's 3.x wrapper of an e4 view in its part's transient data (E4PartWrapper). */
    static final String E4_WRAPPER_KEY = "e4Wrapper";

    private final IWorkbenchPage page;
    private final MPart part;
    private final String viewId;
    private final Consumer<IViewSite> install;
    private boolean installed;

    private ViewSiteBridge(IWorkbenchPage page, MPart part, Consumer<IViewSite> install) {
        this.page = page;
        this.part = part;
        this.viewId = part.getElementId();
        this.install = install;
    }

    /**
     * Calls {@code install} once with the site of the view shown by {@code part}: now, if the workbench has made it
     * already, or later.
     */
    public static ViewSiteBridge whenReady(IWorkbenchPage page, MPart part, Consumer<IViewSite> install) {
        ViewSiteBridge bridge = new ViewSiteBridge(page, part, install);
        page.addPartListener(bridge);
        bridge.tryInstall(page.findViewReference(bridge.viewId));
        return bridge;
    }

    /** Stops waiting for the site and lets the view get a new site when it is opened again; for {@code @PreDestroy}. */
    public void dispose() {
        stopListening();
        part.getTransientData().remove(E4_WRAPPER_KEY);
    }

    private void stopListening() {
        page.removePartListener(this);
    }

    private void tryInstall(IWorkbenchPartReference reference) {
        if (installed || reference == null || !viewId.equals(reference.getId())) {
            return;
        }
        IWorkbenchPart part = reference.getPart(false);
        if (part instanceof IViewPart view && view.getViewSite() != null) {
            installed = true;
            install.accept(view.getViewSite());
            page.getWorkbenchWindow().getShell().getDisplay().asyncExec(this::stopListening);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        tryInstall(reference);
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        tryInstall(reference);
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        tryInstall(reference);
    }

    @Override
    public void partVisible(IWorkbenchPartReference reference) {
        tryInstall(reference);
    }
}
