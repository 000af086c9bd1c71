package org.rapport.bench.workbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** A perspective without views or editor area. */
public class EmptyPerspective implements IPerspectiveFactory {

    static final String ID = "org.rapport.bench.workbench.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
    }
}
