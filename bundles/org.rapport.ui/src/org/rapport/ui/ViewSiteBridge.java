package org.rapport.ui;

import java.util.function.Consumer;

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
 */
public final class ViewSiteBridge implements IPartListener2 {

    private final IWorkbenchPage page;
    private final String viewId;
    private final Consumer<IViewSite> install;
    private boolean installed;

    private ViewSiteBridge(IWorkbenchPage page, String viewId, Consumer<IViewSite> install) {
        this.page = page;
        this.viewId = viewId;
        this.install = install;
    }

    /** Calls {@code install} once with the view's site: now, if the workbench has made it already, or later. */
    public static ViewSiteBridge whenReady(IWorkbenchPage page, String viewId, Consumer<IViewSite> install) {
        ViewSiteBridge bridge = new ViewSiteBridge(page, viewId, install);
        page.addPartListener(bridge);
        bridge.tryInstall(page.findViewReference(viewId));
        return bridge;
    }

    public void dispose() {
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
            page.getWorkbenchWindow().getShell().getDisplay().asyncExec(this::dispose);
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
